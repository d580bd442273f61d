package org.waymark.assessment;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationContext;
import org.waymark.access.Permissions;
import org.waymark.access.Relation;
import org.waymark.account.People;
import org.waymark.account.Role;
import org.waymark.assessment.internal.review.ReviewDraft;
import org.waymark.assessment.internal.review.ReviewSheet;
import org.waymark.assessment.internal.store.Assessment;
import org.waymark.assessment.internal.store.AssessmentStore;
import org.waymark.assessment.internal.store.Place;
import org.waymark.framework.AssessmentType;
import org.waymark.submission.SubmissionFixtures;
import org.waymark.submission.Submitting;
import org.waymark.submission.internal.CompletenessCheck;
import org.waymark.submission.internal.Round;

/**
 * What review and outcome tests start from, made through the modules' own services: an accepted Associate CMALT
 * submission, two assessors in the pool, and an assessment whose two places are accepted with their grants, as the
 * allocation pages will leave it.
 */
public class ReviewFixtures {

    public static final String PASSWORD = SubmissionFixtures.PASSWORD;

    /** One assessment ready to review, and who is who. */
    public record Allocated(Assessment assessment, UUID candidate, String candidateEmail, UUID lead, String leadEmail,
                            UUID second, String secondEmail, UUID admin, Round round) {
    }

    private final ApplicationContext spring;
    private final SubmissionFixtures submissions;
    private final People people;
    private final AssessmentStore store;
    private final Permissions permissions;

    public ReviewFixtures(ApplicationContext spring) {
        this.spring = spring;
        this.submissions = new SubmissionFixtures(spring);
        this.people = spring.getBean(People.class);
        this.store = spring.getBean(AssessmentStore.class);
        this.permissions = spring.getBean(Permissions.class);
    }

    public UUID admin(String email) {
        return people.createVerified("Ada Admin", email, PASSWORD, Role.ADMINISTRATOR).id();
    }

    public UUID assessor(UUID admin, String name, String email, String award, int timesAsSecond) {
        people.createVerified(name, email, PASSWORD, Role.CANDIDATE);
        return spring.getBean(Assessors.class).add(admin, email, award, "University of " + name.split(" ")[0], List.of(), 5,
                timesAsSecond);
    }

    public Allocated allocated(Round round) {
        return allocated(round, unique("admin"), unique("candidate"), unique("lead"), unique("second"));
    }

    /** An accepted submission on {@code round}, allocated to a lead and a second assessor who have both accepted. */
    public Allocated allocated(Round round, String adminEmail, String candidateEmail, String leadEmail, String secondEmail) {
        UUID admin = admin(adminEmail);
        UUID lead = assessor(admin, "Lee Lead", leadEmail, "senior", 3);
        UUID second = assessor(admin, "Sam Second", secondEmail, "cmalt", 0);
        return allocated(round, admin, candidateEmail, lead, second);
    }

    /** Another accepted submission on {@code round}, allocated to assessors already in the pool, who have both accepted. */
    public Allocated allocated(Round round, UUID admin, UUID lead, UUID second) {
        return allocated(round, admin, unique("candidate"), lead, second);
    }

    private Allocated allocated(Round round, UUID admin, String candidateEmail, UUID lead, UUID second) {
        UUID candidate = submissions.candidate("Cat Candidate", candidateEmail);
        submissions.paidRegistration(candidate, "associate");
        UUID portfolio = submissions.completePortfolio(candidate);
        Submitting submitting = spring.getBean(Submitting.class);
        UUID submissionId = submitting.submit(candidate, portfolio, round.id(), Instant.now());
        spring.getBean(CompletenessCheck.class).accept(admin, submissionId);
        var submission = submitting.find(submissionId).orElseThrow();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Assessment assessment = new Assessment(UUID.randomUUID(), submissionId, round.id(), candidate, submission.snapshotId(),
                "associate", AssessmentType.FIRST, null, false, Assessment.Status.IN_REVIEW, now.plus(Duration.ofDays(28)),
                now, admin, null, null, null, null, null, 0);
        store.insert(assessment);
        place(assessment, Place.Role.LEAD, lead);
        place(assessment, Place.Role.SECOND, second);
        return new Allocated(store.find(assessment.id()).orElseThrow(), candidate, candidateEmail, lead, email(lead), second,
                email(second), admin, round);
    }

    private String email(UUID person) {
        return people.find(person).orElseThrow().email();
    }

    /**
     * A submission already made (of any type: a portfolio review, say), accepted at the completeness check and allocated
     * to a new lead and second assessor who have both accepted; the assessment has the submission's type.
     */
    public Allocated allocatedAsSubmitted(UUID submissionId, String candidateEmail) {
        UUID admin = admin(unique("admin"));
        spring.getBean(CompletenessCheck.class).accept(admin, submissionId);
        UUID lead = assessor(admin, "Lee Lead", unique("lead"), "senior", 3);
        UUID second = assessor(admin, "Sam Second", unique("second"), "cmalt", 0);
        var submission = spring.getBean(Submitting.class).find(submissionId).orElseThrow();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Assessment assessment = new Assessment(UUID.randomUUID(), submissionId, submission.roundId(), submission.candidateId(),
                submission.snapshotId(), submission.pathwayKey(), AssessmentType.valueOf(submission.type().name()), null, false,
                Assessment.Status.IN_REVIEW, now.plus(Duration.ofDays(28)), now, admin, null, null, null, null, null, 0);
        store.insert(assessment);
        place(assessment, Place.Role.LEAD, lead);
        place(assessment, Place.Role.SECOND, second);
        return new Allocated(store.find(assessment.id()).orElseThrow(), submission.candidateId(), candidateEmail, lead,
                null, second, null, admin, null);
    }

    private void place(Assessment assessment, Place.Role role, UUID assessor) {
        Instant now = Instant.now();
        store.insert(new Place(UUID.randomUUID(), assessment.id(), role, assessor, Place.Status.ACCEPTED, now, now, null, null, 0));
        permissions.grant(assessor, Relation.ASSESSOR, Submitting.OBJECT_TYPE, assessment.submissionId(), null);
    }

    public Round rollingRound() {
        return submissions.rollingRound();
    }

    public Round fixedRound(Instant closesAt) {
        return submissions.fixedRound(closesAt);
    }

    /** A draft with every row answered: every section and principle {@code grade}, statements complete. */
    public static ReviewDraft complete(ReviewSheet sheet, String grade, String outcome) {
        Map<String, ReviewDraft.Answer> sections = new LinkedHashMap<>();
        for (ReviewSheet.Row row : sheet.rows()) {
            sections.put(row.key(), row.assessed() ? new ReviewDraft.Answer(grade, null, "On " + row.heading())
                    : new ReviewDraft.Answer(null, true, null));
        }
        Map<String, ReviewDraft.Answer> principles = new LinkedHashMap<>();
        sheet.principles().forEach(p -> principles.put(p.key(), new ReviewDraft.Answer(grade, null, null)));
        return new ReviewDraft(sections, principles, outcome, "Well done on a thoughtful portfolio.");
    }

    public static String unique(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }
}
