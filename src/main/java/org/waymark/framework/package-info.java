/**
 * The CMALT framework as data: pathways, their sections in order, core principles and word guidance,
 * read from versioned files and validated at start-up.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Framework")
package org.waymark.framework;
