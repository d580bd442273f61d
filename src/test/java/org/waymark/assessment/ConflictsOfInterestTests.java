package org.waymark.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.waymark.assessment.ConflictsOfInterest.Conflict;
import org.waymark.assessment.ConflictsOfInterest.Kind;

/** Each kind of conflict of interest, and the comparisons that find them. */
class ConflictsOfInterestTests {

    static final UUID ALEX = UUID.randomUUID();

    static AssessorProfile alex(String institution, DeclaredConflict... declared) {
        return new AssessorProfile(ALEX, "Alex Rivera", "assessor@example.org", "cmalt", institution, List.of(), 3, 0,
                List.of(), List.of(declared), 0);
    }

    static DeclaredConflict declared(DeclaredConflict.Kind kind, String target, String reason) {
        return new DeclaredConflict(UUID.randomUUID(), ALEX, kind, target, reason, Instant.parse("2026-11-30T10:00:00Z"));
    }

    static final CandidateFacts SAM = new CandidateFacts("Sam Okafor", "candidate@example.org", "University of Northbridge",
            null, null);

    private static List<Kind> kinds(AssessorProfile assessor, CandidateFacts candidate) {
        return ConflictsOfInterest.of(assessor, candidate).stream().map(Conflict::kind).toList();
    }

    @Test
    void anAssessorFromElsewhereWithNothingDeclaredHasNoConflict() {
        assertThat(ConflictsOfInterest.of(alex("Eastvale College"), SAM)).isEmpty();
    }

    @Test
    void theSameInstitutionIsAConflictWhateverItsCaseSpacingPunctuationOrLeadingThe() {
        assertThat(ConflictsOfInterest.of(alex("  the UNIVERSITY of  Northbridge. "), SAM))
                .containsExactly(new Conflict(Kind.SAME_INSTITUTION, "Works at the candidate's institution (the UNIVERSITY of  Northbridge.)"));
        assertThat(kinds(alex("Université de Northbridge"), SAM)).isEmpty();
        assertThat(kinds(alex("Northbridge College"), SAM)).isEmpty();
    }

    @Test
    void anInstitutionNobodyGaveIsNoConflict() {
        CandidateFacts noInstitution = new CandidateFacts("Sam Okafor", "candidate@example.org", null, null, null);
        assertThat(kinds(alex(null), noInstitution)).isEmpty();
        assertThat(kinds(alex(" "), new CandidateFacts("Sam", "s@example.org", "", null, null))).isEmpty();
    }

    @Test
    void andAndAmpersandAreTheSameInAnInstitutionsName() {
        CandidateFacts candidate = new CandidateFacts("Sam", "s@example.org", "Arts & Sciences College", null, null);
        assertThat(kinds(alex("Arts and Sciences College"), candidate)).containsExactly(Kind.SAME_INSTITUTION);
    }

    @Test
    void theLineManagerTheCandidateNamedByEmailIsAConflict() {
        CandidateFacts managed = new CandidateFacts("Sam Okafor", "candidate@example.org", "Elsewhere", "Someone Else",
                "Assessor@Example.org");
        assertThat(ConflictsOfInterest.of(alex("Eastvale College"), managed))
                .containsExactly(new Conflict(Kind.LINE_MANAGER, "Named by the candidate as their line manager"));
    }

    @Test
    void theLineManagerTheCandidateNamedByNameOnlyIsAConflict() {
        CandidateFacts managed = new CandidateFacts("Sam Okafor", "candidate@example.org", "Elsewhere", "alex rivera", null);
        assertThat(kinds(alex("Eastvale College"), managed)).containsExactly(Kind.LINE_MANAGER);
        CandidateFacts other = new CandidateFacts("Sam Okafor", "candidate@example.org", "Elsewhere", "Alex Rivers", "boss@example.org");
        assertThat(kinds(alex("Eastvale College"), other)).isEmpty();
    }

    @Test
    void aConflictDeclaredAgainstTheCandidateByNameOrEmailIsAConflict() {
        AssessorProfile byName = alex("Eastvale College", declared(DeclaredConflict.Kind.PERSON, "Sam  OKAFOR", "We co-wrote a paper"));
        assertThat(new ConflictsOfInterest(null).between(byName, SAM))
                .containsExactly("Declared a conflict with Sam  OKAFOR: We co-wrote a paper");
        AssessorProfile byEmail = alex("Eastvale College", declared(DeclaredConflict.Kind.PERSON, "CANDIDATE@example.org", "Friend"));
        assertThat(kinds(byEmail, SAM)).containsExactly(Kind.DECLARED_PERSON);
        AssessorProfile someoneElse = alex("Eastvale College", declared(DeclaredConflict.Kind.PERSON, "Priya Shah", "Friend"));
        assertThat(kinds(someoneElse, SAM)).isEmpty();
    }

    @Test
    void aConflictDeclaredAgainstTheCandidatesInstitutionIsAConflict() {
        AssessorProfile declaredInstitution = alex("Eastvale College",
                declared(DeclaredConflict.Kind.INSTITUTION, "The University of Northbridge", "I examine there"));
        assertThat(ConflictsOfInterest.of(declaredInstitution, SAM)).containsExactly(new Conflict(Kind.DECLARED_INSTITUTION,
                "Declared a conflict with the candidate's institution, The University of Northbridge: I examine there"));
    }

    @Test
    void aPersonDeclaredIsNotMatchedAgainstTheInstitutionNorTheOtherWayRound() {
        AssessorProfile crossed = alex("Eastvale College",
                declared(DeclaredConflict.Kind.PERSON, "University of Northbridge", "wrong kind"),
                declared(DeclaredConflict.Kind.INSTITUTION, "Sam Okafor", "wrong kind"));
        assertThat(kinds(crossed, SAM)).isEmpty();
    }

    @Test
    void everyConflictIsGivenWithItsOwnReason() {
        AssessorProfile many = alex("University of Northbridge",
                declared(DeclaredConflict.Kind.PERSON, "candidate@example.org", "Friend"),
                declared(DeclaredConflict.Kind.INSTITUTION, "University of Northbridge", "Former employer"));
        CandidateFacts managed = new CandidateFacts("Sam Okafor", "candidate@example.org", "University of Northbridge",
                null, "assessor@example.org");
        assertThat(kinds(many, managed)).containsExactly(Kind.SAME_INSTITUTION, Kind.LINE_MANAGER, Kind.DECLARED_PERSON,
                Kind.DECLARED_INSTITUTION);
    }

    @Test
    void anAssessorIsNeverWithoutConflictAgainstThemselves() {
        CandidateFacts self = new CandidateFacts("Alex Rivera", "assessor@example.org", null, null, null);
        assertThat(kinds(alex(null), self)).containsExactly(Kind.SAME_PERSON);
    }

    @Test
    void namesAreComparedWithoutAccentsCaseOrPunctuation() {
        assertThat(ConflictsOfInterest.normalised("  The Université  d'Été, Paris! ")).isEqualTo("universite d ete paris");
        assertThat(ConflictsOfInterest.normalised(null)).isEmpty();
        assertThat(ConflictsOfInterest.normalised("Theatre School")).isEqualTo("theatre school");
    }
}
