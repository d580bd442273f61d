package org.waymark.assessment.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.waymark.assessment.AssessorProfile;
import org.waymark.assessment.DeclaredConflict;
import org.waymark.assessment.internal.ProfileDetails;

/** The forms of the assessor pages, as typed (strings, so that whatever was typed is shown back with its problem). */
final class AssessorForms {

    static final int MAX_SPECIALISMS = 10;
    static final int SPECIALISM_LENGTH = 80;
    private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private AssessorForms() {
    }

    record AddForm(String email) {
    }

    /** An assessor's profile; specialisms one a line. */
    record ProfileForm(String awardPathway, String institution, String specialisms, String capacityPerRound,
                       String timesAsSecond, Long version) {

        static final List<String> FIELDS = List.of("awardPathway", "institution", "specialisms", "capacityPerRound", "timesAsSecond");

        static ProfileForm of(AssessorProfile profile) {
            return new ProfileForm(profile.awardPathway(), profile.institution(), String.join("\n", profile.specialisms()),
                    Integer.toString(profile.capacityPerRound()), Integer.toString(profile.timesAsSecond()), profile.version());
        }

        /** The details, with what could not be read put in {@code problems} by field. */
        ProfileDetails details(Map<String, String> problems) {
            String place = institution == null ? "" : institution.strip();
            if (place.length() > 200) {
                problems.put("institution", "Keep the institution's name to 200 characters or fewer");
            }
            List<String> list = new ArrayList<>();
            for (String line : (specialisms == null ? "" : specialisms).split("\\R")) {
                String s = line.strip();
                if (!s.isEmpty() && list.stream().noneMatch(x -> x.equalsIgnoreCase(s))) {
                    list.add(s);
                }
            }
            if (list.size() > MAX_SPECIALISMS) {
                problems.put("specialisms", "Give at most " + MAX_SPECIALISMS + " specialisms, one a line");
            } else if (list.stream().anyMatch(s -> s.length() > SPECIALISM_LENGTH)) {
                problems.put("specialisms", "Keep each specialism to " + SPECIALISM_LENGTH + " characters or fewer");
            }
            int capacity = whole(capacityPerRound, "capacityPerRound", "capacity per round", 100, problems);
            int second = whole(timesAsSecond, "timesAsSecond", "number of times served as second", 1000, problems);
            return new ProfileDetails(awardPathway == null || awardPathway.isBlank() ? null : awardPathway, place.isEmpty() ? null : place,
                    List.copyOf(list), capacity, second);
        }
    }

    /** A range of days an assessor is away, first and last day inclusive. */
    record UnavailableForm(String unavailableFrom, String unavailableTo) {

        static UnavailableForm empty() {
            return new UnavailableForm("", "");
        }
    }

    record ConflictForm(String kind, String target, String reason) {

        static final List<String> FIELDS = List.of("kind", "target", "reason");

        static ConflictForm empty() {
            return new ConflictForm(null, "", "");
        }

        Map<String, String> problems() {
            Map<String, String> problems = new LinkedHashMap<>();
            if (chosenKind() == null) {
                problems.put("kind", "Choose whether the conflict is with a person or an institution");
            }
            if (target == null || target.isBlank()) {
                problems.put("target", "INSTITUTION".equals(kind) ? "Enter the institution's name"
                        : "Enter the person's name or email address");
            } else if (target.strip().length() > 320) {
                problems.put("target", "Keep it to 320 characters or fewer");
            }
            if (reason == null || reason.isBlank()) {
                problems.put("reason", "Say why you have a conflict of interest");
            } else if (reason.strip().length() > 1000) {
                problems.put("reason", "Keep the reason to 1000 characters or fewer");
            }
            return problems;
        }

        DeclaredConflict.Kind chosenKind() {
            try {
                return kind == null ? null : DeclaredConflict.Kind.valueOf(kind);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
    }

    /** A whole number from 0 to {@code max}; 0 with a problem otherwise. */
    static int whole(String text, String field, String what, int max, Map<String, String> problems) {
        if (text == null || text.isBlank()) {
            problems.put(field, "Enter the " + what + " as a whole number, 0 or more");
            return 0;
        }
        try {
            int n = Integer.parseInt(text.strip());
            if (n < 0 || n > max) {
                problems.put(field, "Enter the " + what + " as a whole number from 0 to " + max);
            }
            return n;
        } catch (NumberFormatException e) {
            problems.put(field, "Enter the " + what + " as a whole number, 0 or more");
            return 0;
        }
    }

    /** A date as a date field sends it (2027-05-31) or as people type it without one (31/5/2027); null with a problem otherwise. */
    static LocalDate date(String text, String field, String what, Map<String, String> problems) {
        if (text == null || text.isBlank()) {
            problems.put(field, "Enter the " + what);
            return null;
        }
        String t = text.strip();
        try {
            return t.contains("/") ? LocalDate.parse(t, UK_DATE) : LocalDate.parse(t);
        } catch (DateTimeParseException e) {
            problems.put(field, "Enter the " + what + " as a real date, like 31/5/2027");
            return null;
        }
    }
}
