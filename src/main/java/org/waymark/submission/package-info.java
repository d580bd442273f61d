/**
 * Submission: rounds (fixed deadline or rolling), submissions of a frozen Waymark portfolio or an external one,
 * extensions, the completeness check with its link checks, and reminders before a deadline.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Submission")
package org.waymark.submission;
