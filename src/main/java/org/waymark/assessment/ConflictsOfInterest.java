package org.waymark.assessment;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.stereotype.Service;

/**
 * Why an assessor may not assess a candidate: they work at the same institution (compared by name until institutions
 * become records), they are the line manager the candidate named when submitting, or they declared a conflict
 * against the candidate (by name or email) or the candidate's institution. Mentors come with the cohort module.
 * The check itself ({@link #of}) reads nothing, so allocation can run it for every pair it considers.
 */
@Service
public class ConflictsOfInterest {

    public enum Kind {
        SAME_PERSON, SAME_INSTITUTION, LINE_MANAGER, DECLARED_PERSON, DECLARED_INSTITUTION
    }

    /** One conflict and the words that explain it to an administrator. */
    public record Conflict(Kind kind, String reason) {
    }

    private final Assessors assessors;

    ConflictsOfInterest(Assessors assessors) {
        this.assessors = assessors;
    }

    /** The reasons this assessor (by person id) may not assess the candidate; empty when there are none or no such assessor. */
    public List<String> between(UUID assessorId, CandidateFacts candidate) {
        return assessors.find(assessorId).map(a -> between(a, candidate)).orElse(List.of());
    }

    /** The reasons this assessor may not assess the candidate; empty when there are none. */
    public List<String> between(AssessorProfile assessor, CandidateFacts candidate) {
        return of(assessor, candidate).stream().map(Conflict::reason).toList();
    }

    /** Every conflict between the assessor and the candidate, in the order of {@link Kind}. */
    public static List<Conflict> of(AssessorProfile assessor, CandidateFacts candidate) {
        List<Conflict> found = new ArrayList<>();
        String candidateEmail = normalised(candidate.email());
        String candidateName = normalised(candidate.name());
        String candidateInstitution = normalised(candidate.institution());
        String assessorEmail = normalised(assessor.email());
        if (!candidateEmail.isEmpty() && candidateEmail.equals(assessorEmail)) {
            found.add(new Conflict(Kind.SAME_PERSON, "The assessor is the candidate"));
        }
        if (!candidateInstitution.isEmpty() && candidateInstitution.equals(normalised(assessor.institution()))) {
            found.add(new Conflict(Kind.SAME_INSTITUTION, "Works at the candidate's institution (" + assessor.institution().strip() + ")"));
        }
        String managerEmail = normalised(candidate.lineManagerEmail());
        String managerName = normalised(candidate.lineManagerName());
        if (!managerEmail.isEmpty() && managerEmail.equals(assessorEmail)
                || !managerName.isEmpty() && managerName.equals(normalised(assessor.name()))) {
            found.add(new Conflict(Kind.LINE_MANAGER, "Named by the candidate as their line manager"));
        }
        for (DeclaredConflict declared : assessor.conflicts()) {
            String target = normalised(declared.target());
            if (target.isEmpty()) {
                continue;
            }
            if (declared.kind() == DeclaredConflict.Kind.PERSON && (target.equals(candidateEmail) || target.equals(candidateName))) {
                found.add(new Conflict(Kind.DECLARED_PERSON, "Declared a conflict with " + declared.target() + ": " + declared.reason()));
            } else if (declared.kind() == DeclaredConflict.Kind.INSTITUTION && target.equals(candidateInstitution)) {
                found.add(new Conflict(Kind.DECLARED_INSTITUTION, "Declared a conflict with the candidate's institution, "
                        + declared.target() + ": " + declared.reason()));
            }
        }
        return List.copyOf(found);
    }

    /**
     * A name, email or institution as compared: accents dropped, lower case, "&" read as "and", anything but letters
     * and digits a single space, and a leading "the" left out ("The University of X." and "university of x" match).
     * Blank or null is empty, which matches nothing.
     */
    public static String normalised(String text) {
        if (text == null) {
            return "";
        }
        String plain = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replace("&", " and ");
        String spaced = plain.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        return spaced.startsWith("the ") ? spaced.substring(4) : spaced;
    }
}
