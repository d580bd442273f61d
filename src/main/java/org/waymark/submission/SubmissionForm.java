package org.waymark.submission;

/** A portfolio written in Waymark (frozen into a snapshot) or elsewhere (a link or one file, with a section map). */
public enum SubmissionForm { WAYMARK, EXTERNAL }
