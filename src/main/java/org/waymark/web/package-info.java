/**
 * Shared web plumbing only: the page layout's model, session endpoints, error pages, the accessibility statement.
 * Every module may use it; it uses no module but {@code platform} and {@code access}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web (shared)")
package org.waymark.web;
