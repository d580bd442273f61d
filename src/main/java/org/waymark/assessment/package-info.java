/**
 * Assessment: the assessor pool (profiles, unavailability, times served as second) and conflicts of interest; the
 * allocation of a round's accepted submissions (proposed by the solver, changed and confirmed by an administrator,
 * answered by the assessors, reminded by a scheduled job); reviews and outcomes follow. The rules (grades, outcomes,
 * who may assess what) are the framework's. Publishes {@link org.waymark.assessment.AssessorsAllocated},
 * {@link org.waymark.assessment.AssessorDeclined} and {@link org.waymark.assessment.AssessorReminderDue}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Assessment")
package org.waymark.assessment;
