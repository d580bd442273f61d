package org.waymark.award.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.waymark.award.Listing;

/**
 * The holder's register form: who sees the entry, specialisms one a line, sector, job role, and an optional link to
 * the portfolio. To be listed an entry needs at least one specialism, a sector and a job role (what a search finds it
 * by); a holder who is not listed may leave them empty.
 */
record ListingForm(String visibility, String specialisms, String sector, String jobRole, String portfolioUrl) {

    static final int MAX_SPECIALISMS = 10;
    static final int SPECIALISM_LENGTH = 80;
    static final int FIELD_LENGTH = 100;
    static final int URL_LENGTH = 500;
    static final List<String> FIELDS = List.of("visibility", "specialisms", "sector", "jobRole", "portfolioUrl");

    static ListingForm of(Listing listing) {
        return new ListingForm(listing.visibility().name(), String.join("\n", listing.specialisms()), listing.sector(),
                listing.jobRole(), listing.portfolioUrl() == null ? "" : listing.portfolioUrl());
    }

    List<String> specialismList() {
        List<String> list = new ArrayList<>();
        for (String line : (specialisms == null ? "" : specialisms).split("\\R")) {
            String s = line.strip().replaceAll("\\s+", " ");
            if (!s.isEmpty() && list.stream().noneMatch(s::equalsIgnoreCase)) {
                list.add(s);
            }
        }
        return list;
    }

    /** The problems, from a field's id to its message, in the order of the form. */
    Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        Listing.Visibility chosen = visibilityOrNull();
        if (chosen == null) {
            problems.put("visibility", "Choose who may see your entry on the register");
        }
        boolean listed = chosen != null && chosen != Listing.Visibility.NOT_LISTED;
        List<String> list = specialismList();
        if (listed && list.isEmpty()) {
            problems.put("specialisms", "Enter at least one specialism, one a line: people search the register by them");
        } else if (list.size() > MAX_SPECIALISMS) {
            problems.put("specialisms", "Give at most " + MAX_SPECIALISMS + " specialisms, one a line");
        } else if (list.stream().anyMatch(s -> s.length() > SPECIALISM_LENGTH)) {
            problems.put("specialisms", "Keep each specialism to " + SPECIALISM_LENGTH + " characters or fewer");
        }
        text(problems, "sector", sector, listed, "Enter the sector you work in, such as Higher education");
        text(problems, "jobRole", jobRole, listed, "Enter your job role, such as Learning technologist");
        String url = clean(portfolioUrl);
        if (url.length() > URL_LENGTH) {
            problems.put("portfolioUrl", "Keep the portfolio link to " + URL_LENGTH + " characters or fewer");
        } else if (!url.isEmpty() && !webAddress(url)) {
            problems.put("portfolioUrl", "Enter the portfolio link as a web address starting with https:// or http://");
        }
        return problems;
    }

    Listing toListing() {
        String url = clean(portfolioUrl);
        return new Listing(visibilityOrNull(), specialismList(), clean(sector), clean(jobRole), url.isEmpty() ? null : url);
    }

    private Listing.Visibility visibilityOrNull() {
        try {
            return visibility == null ? null : Listing.Visibility.valueOf(visibility.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static void text(Map<String, String> problems, String field, String value, boolean required, String missing) {
        String v = clean(value);
        if (required && v.isEmpty()) {
            problems.put(field, missing);
        } else if (v.length() > FIELD_LENGTH) {
            problems.put(field, "Keep this to " + FIELD_LENGTH + " characters or fewer");
        }
    }

    private static boolean webAddress(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null && !uri.getHost().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static String clean(String value) {
        return value == null ? "" : value.strip().replaceAll("\\s+", " ");
    }
}
