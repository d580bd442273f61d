package org.waymark.submission.internal.links;

/** A web link (absolute, http or https, without its #fragment) and where in the submission it was found. */
record FoundLink(String url, String foundIn) {
}
