package org.waymark.access;

/**
 * What someone may want to do. The first kind is done to one object and allowed by a {@link Relation} to it;
 * the second kind is administration of Waymark as a whole and allowed by a role (see {@link Permissions}).
 */
public enum Action {
    VIEW, EDIT, DELETE, SUBMIT, COMMENT, GRADE,

    ADMINISTER_PEOPLE(true), READ_AUDIT_TRAIL(true), VIEW_ALL_PORTFOLIOS(true),
    /** The accrediting body's process: fees, registrations and payment, submission rounds, extensions, the completeness queue. */
    RUN_SUBMISSIONS(true),
    /** The assessment process: the assessor pool and their profiles (allocation, outcomes and release follow). */
    RUN_ASSESSMENT(true),
    /** An assessor's own declarations of conflicts of interest: allowed by the assessor role, about no one object. */
    DECLARE_CONFLICTS(true);

    private final boolean administrative;

    Action() {
        this(false);
    }

    Action(boolean administrative) {
        this.administrative = administrative;
    }

    /**
     * Allowed by a role, not by a relation to one object (mostly administration of Waymark as a whole): asked with
     * {@code may(who, action)}.
     */
    public boolean administrative() {
        return administrative;
    }
}
