/**
 * Assessment: the assessor pool (profiles, unavailability, times served as second) and conflicts of interest;
 * allocation, reviews and outcomes follow. The rules (grades, outcomes, who may assess what) are the framework's.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Assessment")
package org.waymark.assessment;
