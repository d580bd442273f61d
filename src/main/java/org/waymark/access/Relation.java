package org.waymark.access;

/** How a person stands to an object. Later issues add MENTOR, ASSESSOR, INSTITUTION_ADMINISTRATOR. */
public enum Relation {
    OWNER
}
