package org.waymark.submission.internal.links;

/** How many of a submission's links are waiting for their check, broken, refused, and found at all. */
public record LinkSummary(int total, int pending, int broken, int refused) {

    static final LinkSummary NONE = new LinkSummary(0, 0, 0, 0);

    /** Every link has its answer (there may be none to check). */
    public boolean allChecked() {
        return pending == 0;
    }

    /** Links an administrator should look at: broken ones and ones Waymark would not fetch. */
    public int problems() {
        return broken + refused;
    }
}
