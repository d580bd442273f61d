package org.waymark.award;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.waymark.access.Action;
import org.waymark.access.Permissions;
import org.waymark.access.Relation;
import org.waymark.assessment.Assessors;
import org.waymark.award.internal.AwardService;
import org.waymark.submission.SubmissionFixtures;
import org.waymark.support.WaymarkTest;

/** Issuing, finding, revoking and reissuing awards, on H2 and PostgreSQL. */
@WaymarkTest
@org.springframework.modulith.test.EnableScenarios
class AwardsTests {

    @Autowired
    AwardService awards;
    @Autowired
    Assessors assessors;
    @Autowired
    Permissions permissions;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationContext context;

    SubmissionFixtures fixtures;
    UUID holder;

    @BeforeEach
    void aHolder() {
        fixtures = new SubmissionFixtures(context);
        holder = fixtures.candidate("Ada Holder", UUID.randomUUID() + "@example.org");
    }

    @Test
    void aPassBecomesAnAwardWithTheNextNumberAnUnguessableAddressTheHoldersGrantAndAnAuditEntry() {
        UUID submission = UUID.randomUUID();
        Award award = awards.issue(holder, "cmalt", submission, "pass", null);

        assertThat(award.certificateNumber()).matches("CMALT-\\d{4}-\\d{5}");
        assertThat(award.verificationToken()).hasSize(27).matches("[A-Za-z0-9_-]+");
        assertThat(award.holderName()).isEqualTo("Ada Holder");
        assertThat(award.membershipPaidUntil()).isEqualTo(award.awardedOn().plusYears(1));
        assertThat(award.standing(award.awardedOn())).isEqualTo(Award.Standing.VALID);
        assertThat(award.standing(award.awardedOn().plusYears(1).plusDays(1))).isEqualTo(Award.Standing.LAPSED);
        assertThat(awards.issue(holder, "cmalt", submission, "pass", null)).as("issued once per submission").isEqualTo(award);
        assertThat(awards.byNumber(" " + award.certificateNumber().toLowerCase() + " ")).contains(award);
        assertThat(awards.byToken(award.verificationToken())).contains(award);
        assertThat(awards.byToken("not-a-token")).isEmpty();
        assertThat(awards.heldBy(holder)).containsExactly(award);
        assertThat(permissions.relations(holder, Awards.OBJECT_TYPE, award.id())).containsExactly(Relation.OWNER);
        assertThat(jdbc.sql("SELECT detail FROM audit_entry WHERE action = 'award.issued' AND object_id = ?")
                .param(award.id().toString()).query(String.class).list()).singleElement().asString()
                .contains(award.certificateNumber(), "Ada Holder");

        Award next = awards.issue(fixtures.candidate(), "associate", UUID.randomUUID(), "pass", null);
        assertThat(Integer.parseInt(next.certificateNumber().substring(11)))
                .isEqualTo(Integer.parseInt(award.certificateNumber().substring(11)) + 1);
    }

    @Test
    void revokingIsVersionCheckedAndShowsInTheStandingAndAReissueKeepsTheNumberUnderTheNewName() {
        Award award = awards.issue(holder, "cmalt", UUID.randomUUID(), "pass", null);
        UUID admin = UUID.randomUUID();

        Award renamed = awards.reissue(admin, award.id(), award.version(), "Ada Lovelace");
        assertThat(renamed.holderName()).isEqualTo("Ada Lovelace");
        assertThat(renamed.certificateNumber()).isEqualTo(award.certificateNumber());
        assertThat(renamed.certificateIssue()).isEqualTo(2);
        assertThatThrownBy(() -> awards.revoke(admin, award.id(), award.version(), "Plagiarism"))
                .as("from a page drawn before the reissue").isInstanceOf(AwardService.ChangedMeanwhile.class);

        Award revoked = awards.revoke(admin, award.id(), renamed.version(), "Plagiarism found after the award");
        assertThat(revoked.standing(LocalDate.now())).isEqualTo(Award.Standing.REVOKED);
        assertThat(revoked.revokeReason()).isEqualTo("Plagiarism found after the award");
        assertThat(jdbc.sql("SELECT action FROM audit_entry WHERE object_id = ? ORDER BY occurred_at")
                .param(award.id().toString()).query(String.class).list())
                .containsExactly("award.issued", "award.reissued", "award.revoked");
    }

    @Test
    void anAwardSetsTheHoldersAssessorEligibilityNowOrWhenTheyJoinThePoolButNeverNarrowsIt() {
        UUID admin = fixtures.candidate();
        String email = UUID.randomUUID() + "@example.org";
        UUID inPool = fixtures.candidate("Pool Member", email);
        assessors.add(admin, email, "cmalt", "Uni of Somewhere", List.of(), 3, 0);
        awards.issue(inPool, "senior", UUID.randomUUID(), "pass", null);
        assertThat(assessors.find(inPool).orElseThrow().awardPathway()).isEqualTo("senior");
        awards.issue(inPool, "cmalt", UUID.randomUUID(), "pass", null);
        assertThat(assessors.find(inPool).orElseThrow().awardPathway()).as("a narrower award does not replace it").isEqualTo("senior");

        String laterEmail = UUID.randomUUID() + "@example.org";
        UUID later = fixtures.candidate("Later Joiner", laterEmail);
        awards.issue(later, "cmalt", UUID.randomUUID(), "pass", null);
        assertThat(assessors.find(later)).as("not put in the pool by an award").isEmpty();
        UUID id = org.waymark.assessment.internal.AssessorAdministration.class.cast(
                context.getBean(org.waymark.assessment.internal.AssessorAdministration.class)).add(admin, laterEmail);
        assertThat(assessors.find(id).orElseThrow().awardPathway()).as("set when they join").isEqualTo("cmalt");
    }

    @Test
    void aReleasedPassBecomesAnAwardAndAReleasedReferralDoesNot(org.springframework.modulith.test.Scenario scenario) {
        var submitting = context.getBean(org.waymark.submission.internal.SubmissionService.class);
        UUID portfolio = fixtures.completePortfolio(holder);
        fixtures.paidRegistration(holder, "associate");
        var round = fixtures.fixedRound(java.time.Instant.now().plus(java.time.Duration.ofDays(10)));
        UUID submission = submitting.submit(holder, portfolio, round.id(), null, null, java.time.Instant.now()).id();

        scenario.publish(() -> new org.waymark.assessment.ResultsReleased(UUID.randomUUID(), submission, holder, "pass", "Pass",
                        null, null, java.time.Instant.now()))
                .andWaitForStateChange(() -> awards.heldBy(holder), list -> !list.isEmpty())
                .andVerify(list -> {
                    assertThat(list).singleElement().satisfies(award -> {
                        assertThat(award.submissionId()).isEqualTo(submission);
                        assertThat(award.pathwayKey()).isEqualTo("associate");
                        assertThat(award.outcomeKey()).isEqualTo("pass");
                    });
                });

        UUID other = fixtures.candidate();
        UUID otherPortfolio = fixtures.completePortfolio(other);
        fixtures.paidRegistration(other, "associate");
        UUID referred = submitting.submit(other, otherPortfolio, round.id(), null, null, java.time.Instant.now()).id();
        scenario.publish(() -> new org.waymark.assessment.ResultsReleased(UUID.randomUUID(), referred, other, "referral-minor",
                        "Referral - minor revisions", java.time.Instant.now().plus(java.time.Duration.ofDays(56)), null,
                        java.time.Instant.now()))
                .andWaitForEventOfType(org.waymark.assessment.ResultsReleased.class).toArrive();
        assertThat(awards.heldBy(other)).isEmpty();
    }
}
