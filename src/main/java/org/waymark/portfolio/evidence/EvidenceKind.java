package org.waymark.portfolio.evidence;

/** A file kept by Waymark, or a link to something kept elsewhere. */
public enum EvidenceKind {
    FILE, LINK
}
