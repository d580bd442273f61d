package org.waymark.access;

import java.util.EnumSet;
import java.util.Set;

import static org.waymark.access.Action.COMMENT;
import static org.waymark.access.Action.DELETE;
import static org.waymark.access.Action.EDIT;
import static org.waymark.access.Action.GRADE;
import static org.waymark.access.Action.SUBMIT;
import static org.waymark.access.Action.VIEW;

/**
 * How a person stands to an object through a grant, and what that lets them do: the one place where a relation
 * is turned into actions. The owner writes; a mentor the portfolio is shared with reads and comments; an
 * allocated assessor reads and grades.
 */
public enum Relation {
    OWNER(VIEW, EDIT, DELETE, SUBMIT),
    MENTOR(VIEW, COMMENT),
    ASSESSOR(VIEW, GRADE);

    private final Set<Action> allowed;

    Relation(Action... allowed) {
        this.allowed = Set.copyOf(EnumSet.of(allowed[0], allowed));
    }

    public boolean allows(Action action) {
        return allowed.contains(action);
    }

    public Set<Action> allowed() {
        return allowed;
    }
}
