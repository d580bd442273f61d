package org.waymark.evidence;

/** A file kept by Waymark, or a link to something kept elsewhere. */
public enum EvidenceKind {
    FILE, LINK
}
