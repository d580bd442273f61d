package org.waymark.portfolio.evidence;

/**
 * What the candidate says about an item. {@code accessibleText} is the alternative text of an image or the
 * transcript of audio or video; {@code permissionConfirmed} says it is anonymised or used with permission.
 */
public record EvidenceDetails(String title, String description, String accessibleText, boolean permissionConfirmed) {
}
