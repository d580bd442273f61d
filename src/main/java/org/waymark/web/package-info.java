/**
 * Shared web plumbing: the clock, the page layout's model, session endpoints, error pages.
 * Every module may use it; it uses no module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web (shared)")
package org.waymark.web;
