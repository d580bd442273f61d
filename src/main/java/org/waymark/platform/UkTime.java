package org.waymark.platform;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * Instants as people in the UK read them, with the zone named so nobody has to guess whether a deadline is in
 * summer time: "31 May 2027, 12:00 BST", "31 January 2027, 12:00 GMT". In pages: {@code ${@ukTime.format(instant)}};
 * the zone is {@code waymark.time-zone} (Europe/London).
 */
@Component("ukTime")
public class UkTime {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm zzz", Locale.UK);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);
    private static final DateTimeFormatter ZONE = DateTimeFormatter.ofPattern("zzz", Locale.UK);

    private final ZoneId zone;

    public UkTime(ZoneId displayZone) {
        this.zone = displayZone;
    }

    public ZoneId zone() {
        return zone;
    }

    /** "31 May 2027, 12:00 BST". */
    public String format(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(zone));
    }

    /** "31 May 2027". */
    public String date(Instant instant) {
        return instant == null ? "" : DATE.format(instant.atZone(zone));
    }

    /** "31 May 2027 at 12:00 (UK time, BST)": for a deadline in a sentence. */
    public String deadline(Instant instant) {
        if (instant == null) {
            return "";
        }
        var local = instant.atZone(zone);
        return DATE.format(local) + " at " + TIME.format(local) + " (UK time, " + ZONE.format(local) + ")";
    }

    /** The local date and time an instant shows as, for filling in a form again: "2027-05-31" and "12:00". */
    public String isoDate(Instant instant) {
        return instant == null ? "" : instant.atZone(zone).toLocalDate().toString();
    }

    public String isoTime(Instant instant) {
        return instant == null ? "" : TIME.format(instant.atZone(zone));
    }
}
