package org.waymark.framework;

/** What a section of a portfolio asks the candidate for. */
public enum SectionKind {
    /** Text only, not graded: the contextual statement and future plans. */
    STATEMENT,
    /** Description, reflection and evidence. */
    ASSESSED,
    /** Assessed, with a title the candidate chooses; a pathway may ask for several. */
    SPECIALIST,
    /** Assessed, with a title the candidate chooses, and must claim every core principle. */
    ADVANCED;

    public boolean isAssessed() {
        return this != STATEMENT;
    }

    public boolean hasOwnTitle() {
        return this == SPECIALIST || this == ADVANCED;
    }
}
