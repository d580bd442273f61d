package org.waymark.submission;

/** A fixed-deadline round closes at one instant; a rolling round is open all year, each submission due a decision some weeks later. */
public enum RoundKind { FIXED, ROLLING }
