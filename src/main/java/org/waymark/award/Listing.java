package org.waymark.award;

import java.util.List;

/**
 * How a holder has chosen to list an award on the portfolio register: who sees it, what a search finds it by, and
 * the portfolio it links to (optional). An award without a choice is not listed.
 */
public record Listing(Visibility visibility, List<String> specialisms, String sector, String jobRole, String portfolioUrl) {

    public Listing {
        specialisms = List.copyOf(specialisms);
    }

    /** Who sees the entry. */
    public enum Visibility {
        PUBLIC("Anyone, signed in or not"),
        MEMBERS("Only signed-in certified members (holders of a valid award)"),
        NOT_LISTED("Nobody: not listed on the register");

        private final String label;

        Visibility(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public static Listing notListed() {
        return new Listing(Visibility.NOT_LISTED, List.of(), "", "", null);
    }
}
