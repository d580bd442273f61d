package org.waymark.access;

/**
 * What someone may want to do. The first kind is done to one object and allowed by a {@link Relation} to it; the
 * others are about no one object and allowed by a role (see {@link Permissions}): administration of Waymark as a
 * whole, and what a role lets a person do for themselves (an assessor declaring their conflicts of interest).
 */
public enum Action {
    VIEW, EDIT, DELETE, SUBMIT, COMMENT, GRADE,

    ADMINISTER_PEOPLE(Scope.ADMINISTRATION), READ_AUDIT_TRAIL(Scope.ADMINISTRATION), VIEW_ALL_PORTFOLIOS(Scope.ADMINISTRATION),
    /** The accrediting body's process: fees, registrations and payment, submission rounds, extensions, the completeness queue. */
    RUN_SUBMISSIONS(Scope.ADMINISTRATION),
    /** The assessment process: the assessor pool and their profiles (allocation, outcomes and release follow). */
    RUN_ASSESSMENT(Scope.ADMINISTRATION),
    /** An assessor's own declarations of conflicts of interest: allowed by the assessor role, not administration. */
    DECLARE_CONFLICTS(Scope.ROLE),
    /** An assessor's own places: answering offers, the assessor's home and the portfolios they assess (each also per object). */
    ASSESS(Scope.ROLE);

    /** What allows an action: a relation to one object, or a role (administrators' or another's). */
    public enum Scope {
        OBJECT, ADMINISTRATION, ROLE
    }

    private final Scope scope;

    Action() {
        this(Scope.OBJECT);
    }

    Action(Scope scope) {
        this.scope = scope;
    }

    /** Administration of Waymark as a whole, not of one object: asked with {@code may(who, action)}. */
    public boolean administrative() {
        return scope == Scope.ADMINISTRATION;
    }

    /** Done to one object and allowed by a relation to it: asked with {@code may(who, action, type, id)}. */
    public boolean onObject() {
        return scope == Scope.OBJECT;
    }
}
