/**
 * Registrations: a candidate's paid place on a pathway, its fee (fees per pathway and currency are data), who pays,
 * payment status set by an administrator, and its validity (two years from payment, or until the first fixed
 * submission deadline after that, whichever is later).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Registration")
package org.waymark.registration;
