/**
 * Evidence, a part of the portfolio module (its rows hang off a portfolio by foreign key): the files and web
 * links a candidate attaches to a portfolio. Checks what a file really is before keeping it, keeps file contents
 * in an {@code internal.EvidenceStore}, and serves them back only to people who may see the portfolio.
 * Named as an interface of the portfolio module because the submission module keeps a portfolio submitted as one
 * file through {@link org.waymark.portfolio.evidence.EvidenceLibrary} (one store, one content check).
 */
@org.springframework.modulith.NamedInterface("evidence")
package org.waymark.portfolio.evidence;
