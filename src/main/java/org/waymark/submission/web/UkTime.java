package org.waymark.submission.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Instants as people in the UK read them, with the zone named: "31 May 2027, 12:00 BST". */
record UkTime(ZoneId zone) {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm z", Locale.UK);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ISO_LOCAL_DATE;

    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(zone));
    }

    public String date(Instant instant) {
        return instant == null ? "" : DATE.format(instant.atZone(zone));
    }

    /** For machine-readable attributes and spreadsheets: 2027-05-31. */
    public String isoDate(Instant instant) {
        return instant == null ? "" : ISO_DATE.format(instant.atZone(zone));
    }
}
