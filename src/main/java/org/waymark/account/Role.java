package org.waymark.account;

/** A person may hold several roles. */
public enum Role {
    CANDIDATE("Candidate"), MENTOR("Mentor"), ASSESSOR("Assessor"), ADMINISTRATOR("Administrator");

    private final String displayName;

    Role(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
