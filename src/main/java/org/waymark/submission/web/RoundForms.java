package org.waymark.submission.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.waymark.submission.internal.Round;
import org.waymark.submission.internal.RoundDetails;
import org.waymark.platform.UkTime;

/** The forms of the round pages, as typed (strings, so a mistyped date is shown back as it was typed). */
final class RoundForms {

    private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter TIME_SHOWN = DateTimeFormatter.ofPattern("HH:mm");

    private RoundForms() {
    }

    /** A round's details; a rolling round leaves the deadline, window and results empty. */
    record RoundForm(@NotBlank(message = "Enter the round's name") @Size(max = 120, message = "The round's name must be 120 characters or fewer") String name,
                     @Size(max = 20) String opensOn, @Size(max = 10) String opensTime,
                     @Size(max = 20) String closesOn, @Size(max = 10) String closesTime,
                     @Size(max = 20) String assessmentStartsOn, @Size(max = 20) String assessmentEndsOn,
                     @Size(max = 20) String resultsOn, @Size(max = 10) String decisionWeeks, Boolean blind,
                     Long version) {

        static final List<String> FIELDS = List.of("name", "opensOn", "opensTime", "closesOn", "closesTime",
                "assessmentStartsOn", "assessmentEndsOn", "resultsOn", "decisionWeeks");

        static RoundForm empty() {
            return new RoundForm("", "", "09:00", "", "12:00", "", "", "", "", false, null);
        }

        static RoundForm of(Round round, UkTime uk) {
            return new RoundForm(round.name(), uk.isoDate(round.opensAt()), uk.isoTime(round.opensAt()),
                    uk.isoDate(round.closesAt()), uk.isoTime(round.closesAt()), uk.isoDate(round.assessmentStartsAt()),
                    uk.isoDate(round.assessmentEndsAt()), uk.isoDate(round.resultsReleasedAt()),
                    round.decisionWeeks() == null ? "" : round.decisionWeeks().toString(), round.blind(), round.version());
        }

        /** The details, with what could not be read put in {@code problems} (and left null). */
        RoundDetails details(Map<String, String> problems) {
            return new RoundDetails(name, date(opensOn, "opensOn", problems), time(opensTime, "opensTime", problems),
                    date(closesOn, "closesOn", problems), time(closesTime, "closesTime", problems),
                    date(assessmentStartsOn, "assessmentStartsOn", problems), date(assessmentEndsOn, "assessmentEndsOn", problems),
                    date(resultsOn, "resultsOn", problems), weeks(decisionWeeks, problems), Boolean.TRUE.equals(blind));
        }

        /** The same typed values, to be saved over this version next time (the person has been shown what it holds). */
        RoundForm atVersion(Long newVersion) {
            return new RoundForm(name, opensOn, opensTime, closesOn, closesTime, assessmentStartsOn, assessmentEndsOn,
                    resultsOn, decisionWeeks, blind, newVersion);
        }

        /**
         * The fields in which what was typed here differs from what {@code stored} holds now, with the stored value
         * as people read it. Values are compared as read (31/5/2027 and 2027-05-31 are the same day), so only real
         * differences are listed; a date and time count as one field.
         */
        List<Difference> differences(Round stored, UkTime uk) {
            RoundForm now = of(stored, uk);
            List<Difference> found = new ArrayList<>();
            if (!same(name, now.name)) {
                found.add(new Difference("name", "Name of the round", stored.name()));
            }
            if (!sameDate(opensOn, now.opensOn) || !sameTime(opensTime, now.opensTime)) {
                found.add(new Difference("opensOn", "Opens", uk.format(stored.opensAt())));
            }
            if (stored.fixed()) {
                if (!sameDate(closesOn, now.closesOn) || !sameTime(closesTime, now.closesTime)) {
                    found.add(new Difference("closesOn", "Deadline", uk.format(stored.closesAt())));
                }
                if (!sameDate(assessmentStartsOn, now.assessmentStartsOn)) {
                    found.add(new Difference("assessmentStartsOn", "First day of assessment", day(stored.assessmentStartsAt(), uk)));
                }
                if (!sameDate(assessmentEndsOn, now.assessmentEndsOn)) {
                    found.add(new Difference("assessmentEndsOn", "Last day of assessment", day(stored.assessmentEndsAt(), uk)));
                }
                if (!sameDate(resultsOn, now.resultsOn)) {
                    found.add(new Difference("resultsOn", "Day results are released", day(stored.resultsReleasedAt(), uk)));
                }
            } else if (!same(decisionWeeks, now.decisionWeeks)) {
                found.add(new Difference("decisionWeeks", "Weeks from submission to decision", now.decisionWeeks));
            }
            if (Boolean.TRUE.equals(blind) != stored.blind()) {
                found.add(new Difference("blind", "Blind assessment", stored.blind() ? "Yes" : "No"));
            }
            return found;
        }

        private static boolean same(String typed, String stored) {
            return (typed == null ? "" : typed.strip()).equals(stored == null ? "" : stored.strip());
        }

        private static boolean sameDate(String typed, String stored) {
            LocalDate read = date(typed, "", new HashMap<>());
            return same(read == null ? typed : read.toString(), stored);
        }

        private static boolean sameTime(String typed, String stored) {
            LocalTime read = time(typed, "", new HashMap<>());
            return same(read == null ? typed : TIME_SHOWN.format(read), stored);
        }

        private static String day(Instant instant, UkTime uk) {
            return instant == null ? "not set" : uk.date(instant);
        }
    }

    /** A field of the round form whose stored value is not what was typed: its id, its name, the stored value. */
    record Difference(String field, String label, String stored) {
    }

    record AskForm(@NotBlank(message = "Say why you need more time") @Size(max = 2000, message = "Keep it to 2000 characters or fewer") String reason) {
    }

    /** Granting or changing an extension; {@code email} only when granting without a request. */
    record GrantForm(@Size(max = 320) String email, @Size(max = 20) String untilOn, @Size(max = 10) String untilTime,
                     @Size(max = 2000, message = "Keep it to 2000 characters or fewer") String reason) {

        static GrantForm empty() {
            return new GrantForm("", "", "12:00", "");
        }
    }

    record DeclineForm(@Size(max = 2000, message = "Keep it to 2000 characters or fewer") String answer) {
    }

    /** A date as a date field sends it (2027-05-31) or as people type it without one (31/5/2027); blank is null. */
    static LocalDate date(String text, String field, Map<String, String> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        try {
            return t.contains("/") ? LocalDate.parse(t, UK_DATE) : LocalDate.parse(t);
        } catch (DateTimeParseException e) {
            problems.put(field, "Enter a real date, like 31/5/2027");
            return null;
        }
    }

    static LocalTime time(String text, String field, Map<String, String> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip().replace('.', ':');
        try {
            return LocalTime.parse(t.length() > 5 ? t.substring(0, 5) : t, TIME);
        } catch (DateTimeParseException e) {
            problems.put(field, "Enter a time on the 24-hour clock, like 12:00");
            return null;
        }
    }

    private static Integer weeks(String text, Map<String, String> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            problems.put("decisionWeeks", "Enter a number of weeks from 1 to 52");
            return null;
        }
    }
}
