package org.waymark.submission.web;

/**
 * The external submission form's single fields. {@code kind} is LINK or FILE (the radios); the file arrives as its
 * own multipart part, and the section map as one "at-&lt;row&gt;" parameter per row. The service checks them all.
 */
record ExternalSubmissionForm(String kind, String url, String access, String lineManagerName, String lineManagerEmail,
                              Boolean declared) {

    static ExternalSubmissionForm empty() {
        return new ExternalSubmissionForm(null, null, null, null, null, false);
    }

    public boolean link() {
        return "LINK".equals(kind);
    }

    public boolean file() {
        return "FILE".equals(kind);
    }

    /** An unticked box sends nothing, so null means "not declared". */
    public boolean isDeclared() {
        return Boolean.TRUE.equals(declared);
    }
}
