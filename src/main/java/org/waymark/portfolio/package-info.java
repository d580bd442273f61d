/**
 * Portfolios: a candidate's sections (description, reflection, evidence), principle claims, revisions,
 * the completeness checklist, confirmation and progression between pathways.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Portfolio")
package org.waymark.portfolio;
