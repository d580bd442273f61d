/**
 * Evidence: the files and web links a candidate attaches to a portfolio. Checks what a file really is before
 * keeping it, keeps file contents in an {@code internal.EvidenceStore}, and serves them back only to people who
 * may see the portfolio. Other modules (the portfolio) use {@link org.waymark.evidence.EvidenceLibrary}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Evidence", allowedDependencies = {"access", "web"})
package org.waymark.evidence;
