package org.waymark.submission.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.waymark.access.Permissions;
import org.waymark.access.Relation;
import org.waymark.portfolio.evidence.EvidenceLibrary;
import org.waymark.submission.PortfolioSubmitted;
import org.waymark.submission.SubmissionForm;
import org.waymark.submission.SubmissionStatus;
import org.waymark.support.WaymarkTest;

@WaymarkTest
@RecordApplicationEvents
class ExternalSubmissionsTests extends ExternalTestSupport {

    @Autowired
    Permissions permissions;
    @Autowired
    EvidenceLibrary evidence;
    @Autowired
    ApplicationEvents events;

    private ExternalSubmissionRefused refusal(UUID candidate, Round round, String pathway, ExternalPortfolio portfolio) {
        return (ExternalSubmissionRefused) org.assertj.core.api.Assertions.catchThrowable(
                () -> external.submitExternal(candidate, round.id(), pathway, portfolio, Instant.now()));
    }

    @Test
    void aGoogleSitesLinkWithAFullMapIsSubmittedRecordedGrantedAuditedAndAnnounced() {
        UUID candidate = registeredCandidate("cmalt");
        Round round = openRound();
        Submission submission = external.submitExternal(candidate, round.id(), "cmalt",
                link("https://sites.google.com/view/my-cmalt", fullMap("cmalt")), Instant.now());

        assertThat(submission.form()).isEqualTo(SubmissionForm.EXTERNAL);
        assertThat(submission.status()).isEqualTo(SubmissionStatus.SUBMITTED);
        assertThat(submission.reference()).matches("SUB-\\d{4}-[A-Z2-9]{6}");
        assertThat(submission.externalUrl()).isEqualTo("https://sites.google.com/view/my-cmalt");
        assertThat(submission.externalAccess()).isEqualTo("Password: tea-and-biscuits");
        assertThat(submission.lineManagerEmail()).isEqualTo("lee@example.org");
        assertThat(external.map(submission.id())).hasSize(11).first().satisfies(first -> {
            assertThat(first.heading()).isEqualTo("Contextual statement");
            assertThat(first.location()).isEqualTo("https://sites.google.com/view/my-cmalt/context");
        });
        assertThat(external.map(submission.id())).extracting(ExternalSectionMap.Location::section)
                .contains("1b Technical knowledge and ability in the use of learning technology", "5a Specialist area");
        assertThat(jdbc.sql("SELECT heading FROM submission_section_location WHERE submission_id = ? AND section_key = '1b'")
                .param(submission.id()).query(String.class).single())
                .as("the framework's title, as the completeness check shows it beside the label")
                .isEqualTo("Technical knowledge and ability in the use of learning technology");
        assertThat(external.missingFromMap(submission.id())).isEmpty();
        assertThat(permissions.relations(candidate, "submission", submission.id())).containsExactly(Relation.OWNER);
        assertThat(registrationService.heldBy(candidate).getFirst().firstSubmittedAt()).isNotNull();
        assertThat(events.stream(PortfolioSubmitted.class).filter(e -> e.submissionId().equals(submission.id())))
                .singleElement().satisfies(e -> assertThat(e.form()).isEqualTo(SubmissionForm.EXTERNAL));
        assertThat(jdbc.sql("SELECT detail FROM audit_entry WHERE action = 'submission.submitted' AND object_id = ?")
                .param(submission.id().toString()).query(String.class).single())
                .contains("External portfolio (link)").contains(submission.reference());
    }

    @Test
    void aLinkOrAFileIsRequiredButNotBoth() {
        UUID candidate = registeredCandidate("cmalt");
        Round round = openRound();
        ExternalPortfolio neither = new ExternalPortfolio(null, null, null, fullMap("cmalt"), Map.of(), null, null, true);
        assertThat(refusal(candidate, round, "cmalt", neither).problems())
                .containsExactly(Map.entry("kind", "Give the link to your portfolio, or choose its file"));

        ExternalPortfolio both = new ExternalPortfolio("https://example.org/portfolio", file("p.pdf", pdf(), Map.of()).file(),
                null, fullMap("cmalt"), Map.of(), null, null, true);
        assertThat(refusal(candidate, round, "cmalt", both).problems())
                .containsExactly(Map.entry("kind", "Give a link or a file, not both"));
        assertThat(external.pathwaysFor(candidate)).extracting(p -> p.key()).containsExactly("cmalt");
        assertThat(jdbc.sql("SELECT count(*) FROM submission WHERE candidate_id = ?").param(candidate).query(Long.class).single())
                .isZero();
    }

    @Test
    void theMapMustSayWhereEveryRequiredSectionIsNamingEachOneMissing() {
        UUID candidate = registeredCandidate("cmalt");
        Round round = openRound();
        Map<String, String> map = fullMap("cmalt");
        map.remove("1b");
        map.put("specialist-0", "  ");
        ExternalSubmissionRefused refused = refusal(candidate, round, "cmalt", link("https://example.org/p", map));
        assertThat(refused.problems()).containsExactly(
                Map.entry("at-1b", "Say where 1b Technical knowledge and ability in the use of learning technology is: a page link or a heading"),
                Map.entry("at-specialist-0", "Say where 5a Specialist area is: a page link or a heading"));
    }

    @Test
    void aHeadingIsAsGoodAsALinkAndASeniorPortfolioMayMapMoreAdvancedAreasThanTheOneRequired() {
        UUID candidate = registeredCandidate("senior");
        Round round = openRound();
        Map<String, String> map = new HashMap<>();
        ExternalSectionRows.required(catalogue.current().pathway("senior")).forEach(row -> map.put(row.id(), "Section " + row.heading()));
        map.put("advanced-1", "https://example.wordpress.com/advanced-area-2");
        map.put("advanced-2", "");
        ExternalPortfolio portfolio = new ExternalPortfolio(null, file("portfolio.pdf", pdf(), map).file(), null, map,
                Map.of("advanced", 3), null, null, true);

        Submission submission = external.submitExternal(candidate, round.id(), "senior", portfolio, Instant.now());

        assertThat(external.map(submission.id())).extracting(ExternalSectionMap.Location::section)
                .contains("5a Specialist area", "5b Specialist area", "6a Advanced area", "6b Advanced area")
                .doesNotContain("6c Advanced area");
        assertThat(external.map(submission.id())).filteredOn(l -> l.section().equals("6b Advanced area")).singleElement()
                .satisfies(l -> assertThat(l.isLink()).isTrue());
        assertThat(external.missingFromMap(submission.id())).isEmpty();
    }

    @Test
    void aBadLinkIsRefusedForThePortfolioAndForASection() {
        UUID candidate = registeredCandidate("cmalt");
        Round round = openRound();
        Map<String, String> map = fullMap("cmalt");
        map.put("1a", "www.example.org/1a");
        map.put("2a", "javascript:alert(1)");
        ExternalSubmissionRefused refused = refusal(candidate, round, "cmalt", link("ftp://example.org/portfolio", map));
        assertThat(refused.problems()).containsOnlyKeys("url", "at-1a", "at-2a");
        assertThat(refused.problems().get("url")).startsWith("The link to your portfolio must be a web address starting with https://");
        assertThat(refused.problems().get("at-1a")).startsWith("The link for 1a An understanding of the constraints");
        assertThat(refusal(candidate, round, "cmalt", link("https://", fullMap("cmalt"))).problems()).containsOnlyKeys("url");
    }

    @Test
    void aFileOf26MegabytesIsRefusedSayingTheLimit() {
        UUID candidate = registeredCandidate("cmalt");
        byte[] big = new byte[26 * 1024 * 1024];
        byte[] header = pdf();
        System.arraycopy(header, 0, big, 0, header.length);
        assertThat(refusal(candidate, openRound(), "cmalt", file("portfolio.pdf", big, fullMap("cmalt"))).problems())
                .containsExactly(Map.entry("file", "The selected file must be smaller than 25 MB"));
    }

    @Test
    void aProgramRenamedPdfIsRefusedByItsContent() {
        UUID candidate = registeredCandidate("cmalt");
        byte[] exe = "MZ\u0090\0\3\0\0\0\4\0\0\0this program cannot be run in DOS mode".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(refusal(candidate, openRound(), "cmalt", file("portfolio.pdf", exe, fullMap("cmalt"))).problems().get("file"))
                .contains("application/x-msdownload").contains("does not accept");
    }

    @Test
    void aZipIsAcceptedStoredOnceAndOpensAgainButAZipHoldingAProgramIsNot() throws IOException {
        UUID candidate = registeredCandidate("cmalt");
        Round round = openRound();
        assertThat(refusal(candidate, round, "cmalt", file("site.zip", zip("index.html", "setup.exe"), fullMap("cmalt")))
                .problems().get("file")).contains("setup.exe");

        byte[] zip = zip("index.html", "1a.html");
        Submission submission = external.submitExternal(candidate, round.id(), "cmalt", file("C:\\fakepath\\site.zip", zip,
                fullMap("cmalt")), Instant.now());
        assertThat(submission.externalContentType()).isEqualTo("application/zip");
        assertThat(submission.externalFileName()).isEqualTo("site.zip");
        assertThat(submission.externalSizeBytes()).isEqualTo(zip.length);
        assertThat(submission.externalAccess()).isNull();
        try (InputStream in = evidence.openStored(submission.externalFileKey())) {
            assertThat(in.readAllBytes()).isEqualTo(zip);
        }
        assertThat(jdbc.sql("SELECT count(*) FROM evidence_item WHERE storage_key = ?").param(submission.externalFileKey())
                .query(Long.class).single()).as("kept once, by the submission, not as evidence").isZero();
    }

    @Test
    void aWordDocumentAndAnOpenDocumentTextAreAccepted() throws IOException {
        Round round = openRound();
        Submission docx = external.submitExternal(registeredCandidate("cmalt"), round.id(), "cmalt",
                file("portfolio.docx", zip("[Content_Types].xml", "word/document.xml"), fullMap("cmalt")), Instant.now());
        assertThat(docx.externalContentType()).isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        Submission odt = external.submitExternal(registeredCandidate("cmalt"), round.id(), "cmalt",
                file("portfolio.odt", zip("mimetype", "content.xml"), fullMap("cmalt")), Instant.now());
        assertThat(odt.externalContentType()).isEqualTo("application/vnd.oasis.opendocument.text");
    }

    @Test
    void noSubmissionWithoutAValidRegistrationIntoAClosedRoundOrTwiceOnOneRegistration() {
        UUID unregistered = person();
        Round round = openRound();
        assertThat(refusal(unregistered, round, "cmalt", link("https://example.org/p", fullMap("cmalt"))).problems())
                .containsOnlyKeys("registration");

        UUID candidate = registeredCandidate("cmalt");
        assertThat(refusal(candidate, closedRound(), "cmalt", link("https://example.org/p", fullMap("cmalt"))).problems())
                .containsOnlyKeys("round");

        Submission first = external.submitExternal(candidate, round.id(), "cmalt", link("https://example.org/p", fullMap("cmalt")),
                Instant.now());
        assertThat(refusal(candidate, round, "cmalt", link("https://example.org/q", fullMap("cmalt"))).problems().get("registration"))
                .contains(first.reference());
    }

    @Test
    void everyProblemOfTheOtherFieldsIsListedAtOnce() {
        UUID candidate = registeredCandidate("cmalt");
        ExternalPortfolio portfolio = new ExternalPortfolio("https://example.org/p", null, "x".repeat(2001), fullMap("cmalt"),
                Map.of(), "y".repeat(201), "not an email", false);
        assertThat(refusal(candidate, openRound(), "cmalt", portfolio).problems())
                .containsOnlyKeys("access", "lineManagerName", "lineManagerEmail", "declared");
    }

    @Test
    void accessDetailsAreForgottenForGoodAndTheForgettingAudited() {
        UUID candidate = registeredCandidate("cmalt");
        Submission submission = external.submitExternal(candidate, openRound().id(), "cmalt",
                link("https://sites.google.com/view/private", fullMap("cmalt")), Instant.now());

        external.forgetAccessDetails(submission.id());

        Submission after = external.find(submission.id()).orElseThrow();
        assertThat(after.externalAccess()).isNull();
        assertThat(after.externalUrl()).isEqualTo("https://sites.google.com/view/private");
        assertThat(after.status()).isEqualTo(SubmissionStatus.SUBMITTED);
        assertThat(jdbc.sql("SELECT count(*) FROM submission WHERE external_access IS NOT NULL AND id = ?").param(submission.id())
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'submission.access-details-deleted' AND object_id = ?")
                .param(submission.id().toString()).query(Long.class).single()).isEqualTo(1);
        external.forgetAccessDetails(submission.id());
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'submission.access-details-deleted' AND object_id = ?")
                .param(submission.id().toString()).query(Long.class).single()).as("nothing left to forget").isEqualTo(1);
    }

    @Test
    void theCompletenessRuleNamesSectionsMissingFromTheMapAndAFileMissingFromTheStore() {
        UUID candidate = registeredCandidate("cmalt");
        Submission submission = external.submitExternal(candidate, openRound().id(), "cmalt",
                file("portfolio.pdf", pdf(), fullMap("cmalt")), Instant.now());
        jdbc.sql("DELETE FROM submission_section_location WHERE submission_id = ? AND section_key IN ('1c', 'specialist')")
                .param(submission.id()).update();
        evidence.deleteSubmissionFile(submission.externalFileKey());

        assertThat(external.missingFromMap(submission.id())).containsExactly(
                "The portfolio's file (portfolio.pdf) is missing from the file store",
                "1c Supporting the deployment of learning technologies",
                "5a Specialist area");
        assertThatThrownBy(() -> external.missingFromMap(UUID.randomUUID())).isInstanceOf(java.util.NoSuchElementException.class);
    }
}
