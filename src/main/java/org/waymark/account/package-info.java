/**
 * People, their roles and profiles, and everything about signing in: sign-up, email verification,
 * password reset, throttled sign-in, sessions shared by every node, deactivation.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Account")
package org.waymark.account;
