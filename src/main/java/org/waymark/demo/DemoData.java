package org.waymark.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.server.context.WebServerGracefulShutdownLifecycle;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.waymark.account.People;
import org.waymark.account.Role;
import org.waymark.assessment.AssessmentSetUp;
import org.waymark.assessment.Assessors;
import org.waymark.award.Awards;
import org.waymark.award.Listing;
import org.waymark.assessment.DeclaredConflict;
import org.waymark.platform.UkTime;
import org.waymark.portfolio.Portfolios;
import org.waymark.registration.RegistrationSummary.Payer;
import org.waymark.registration.Registrations;
import org.waymark.submission.SubmissionRounds;
import org.waymark.submission.Submitting;

/**
 * Demo people, rounds, registrations and portfolios, created once on an empty database in demo mode: a candidate
 * ready to submit, one waiting for payment, one submission waiting in the administrators' queue; three assessors.
 * All demo accounts share one password, listed in the README and on the sign-in page.
 * <p>
 * Created in a lifecycle phase just before the web server's, so the sign-in page never answers before the demo
 * accounts exist (an {@code ApplicationRunner} runs only after the server has started taking requests).
 */
@Component
@ConditionalOnProperty(name = "waymark.demo.enabled", havingValue = "true")
class DemoData implements SmartLifecycle {

    /** The web server starts at {@code SMART_LIFECYCLE_PHASE - 1024}; this runs one step before. */
    static final int PHASE = WebServerGracefulShutdownLifecycle.SMART_LIFECYCLE_PHASE - 2048;

    static final String PASSWORD = "Waymark-demo-2026";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final People people;
    private final Portfolios portfolios;
    private final Registrations registrations;
    private final SubmissionRounds rounds;
    private final Submitting submitting;
    private final Assessors assessors;
    private final AssessmentSetUp assessment;
    private final Awards awards;
    private final Clock clock;
    private final UkTime ukTime;
    private final TransactionTemplate transaction;
    private volatile boolean running;

    DemoData(People people, Portfolios portfolios, Registrations registrations, SubmissionRounds rounds,
             Submitting submitting, Assessors assessors, AssessmentSetUp assessment, Awards awards, Clock clock,
             UkTime ukTime, PlatformTransactionManager transactions) {
        this.assessors = assessors;
        this.assessment = assessment;
        this.awards = awards;
        this.ukTime = ukTime;
        this.people = people;
        this.portfolios = portfolios;
        this.registrations = registrations;
        this.rounds = rounds;
        this.submitting = submitting;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    public void start() {
        transaction.executeWithoutResult(status -> create());
        running = true;
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }

    private void create() {
        if (people.findByEmail("candidate@example.org").isPresent()) {
            return;
        }
        UUID candidate = people.createVerified("Sam Okafor", "candidate@example.org", PASSWORD, Role.CANDIDATE).id();
        people.updateProfile(candidate, "Learning Technologist", "University of Northbridge", "Higher education", 5);
        UUID candidate2 = people.createVerified("Priya Shah", "candidate2@example.org", PASSWORD, Role.CANDIDATE).id();
        UUID candidate3 = people.createVerified("Chris Ng", "candidate3@example.org", PASSWORD, Role.CANDIDATE).id();
        people.updateProfile(candidate3, "Digital Learning Officer", "Eastvale College", "Further education", 2);
        people.createVerified("Morgan Lee", "mentor@example.org", PASSWORD, Role.MENTOR);
        UUID alex = people.createVerified("Alex Rivera", "assessor@example.org", PASSWORD, Role.ASSESSOR).id();
        people.createVerified("Bea Novak", "assessor2@example.org", PASSWORD, Role.ASSESSOR);
        people.createVerified("Dev Mistry", "assessor3@example.org", PASSWORD, Role.ASSESSOR);
        UUID admin = people.createVerified("Jo Admin", "admin@example.org", PASSWORD, Role.ADMINISTRATOR).id();
        createAssessors(admin, alex, today());

        // Rounds: the next fixed deadline (31 January, 31 May or 30 September at 12:00 UK time) at least a week away,
        // and rolling submission, open since two months ago.
        LocalDate today = today();
        LocalDate deadline = nextFixedDeadline(today.plusDays(7));
        rounds.createFixed(admin, deadline.getMonth().getDisplayName(TextStyle.FULL, Locale.UK) + " " + deadline.getYear()
                        + " deadline", today.minusDays(30), deadline, LocalTime.NOON, deadline.plusDays(14),
                deadline.plusWeeks(8), deadline.plusMonths(3));
        UUID rolling = rounds.createRolling(admin, "Rolling submission " + today.getYear(), today.minusMonths(2), 13);

        // Sam: a complete CMALT portfolio and a paid registration, ready to submit.
        UUID portfolio = portfolios.start(candidate, "cmalt");
        writeComplete(candidate, portfolio, CMALT_SECTIONS);
        portfolios.confirm(portfolio, true, null, null);
        UUID paid = registrations.register(candidate, "cmalt", "GBP", Payer.SELF, null, null).id();
        registrations.markPaid(admin, paid, "Paid by card over the telephone (demo)");

        // Priya: registered through her institution, waiting for payment; no portfolio yet.
        registrations.register(candidate2, "associate", "GBP", Payer.INSTITUTION, "Westmoor University", "PO-2026-0415");

        // Chris: an Associate portfolio submitted into the rolling round, waiting in the administrators' queue.
        UUID associate = portfolios.start(candidate3, "associate");
        writeComplete(candidate3, associate, ASSOCIATE_SECTIONS);
        portfolios.confirm(associate, true, null, null);
        UUID chrisRegistration = registrations.register(candidate3, "associate", "GBP", Payer.SELF, null, null).id();
        registrations.markPaid(admin, chrisRegistration, "Paid by invoice (demo)");
        submitting.submit(candidate3, associate, rolling, clock.instant());

        createAssessments(admin, rolling);

        // Taylor: a CMALT holder whose certificate anyone can check at /verify, listed publicly on the /register.
        UUID holder = people.createVerified("Taylor Brooks", "holder@example.org", PASSWORD, Role.CANDIDATE).id();
        UUID taylorsAward = awards.issue(holder, "cmalt", null, "pass", admin).id();
        awards.chooseListing(holder, taylorsAward, new Listing(Listing.Visibility.PUBLIC,
                List.of("Accessibility", "Learning design", "Moodle"), "Higher education", "Learning technologist",
                "https://portfolio.example.org/taylor-brooks"));
        // Robin: certified more than two years ago and never renewed: the membership has lapsed, and the verification
        // page and Robin's awards page say so.
        UUID lapsed = people.createVerified("Robin Hale", "lapsed@example.org", PASSWORD, Role.CANDIDATE).id();
        UUID robinsAward = awards.recordEarlier(lapsed, "cmalt", today.minusYears(2).minusMonths(1), admin).id();
        awards.chooseListing(lapsed, robinsAward, new Listing(Listing.Visibility.PUBLIC,
                List.of("Digital accessibility", "Video"), "Further education", "Digital learning developer", null));
        createPortfolioReview(admin, rolling, today);
        log.info("Demo data created: sign in as candidate@example.org with password {}", PASSWORD);
    }

    /**
     * Kim: certified nearly three years ago, fee paid, with a portfolio review due next month: the CMALT portfolio
     * kept up to date, submitted for review into the rolling round and accepted, waiting to be allocated.
     */
    private void createPortfolioReview(UUID admin, UUID rolling, LocalDate today) {
        UUID kim = people.createVerified("Kim Adeyemi", "review@example.org", PASSWORD, Role.CANDIDATE).id();
        people.updateProfile(kim, "Senior Learning Technologist", "Harbour City University", "Higher education", 9);
        var award = awards.recordEarlier(kim, "cmalt", today.minusYears(3).plusMonths(1), admin);
        award = awards.recordPayment(admin, award.id(), award.version());
        awards.recordPayment(admin, award.id(), award.version()); // paid until next month
        UUID portfolio = portfolios.start(kim, "cmalt");
        writeComplete(kim, portfolio, CMALT_SECTIONS);
        portfolios.confirm(portfolio, true, null, null);
        UUID registration = registrations.register(kim, "cmalt", "GBP", Payer.SELF, null, null).id();
        registrations.markPaid(admin, registration, "Paid by card (demo)");
        UUID review = awards.submitPortfolioReview(kim, portfolio, rolling);
        rounds.acceptForAssessment(admin, review);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ukTime.zone()));
    }

    /**
     * The assessor pool: Alex, a CMALT holder still serving as second (with a declared conflict); Bea, a Senior
     * holder who leads (away for a fortnight next month); Dev, a CMALT holder who has just become eligible to lead.
     */
    private void createAssessors(UUID admin, UUID alex, LocalDate today) {
        assessors.add(admin, "assessor@example.org", "cmalt", "Harbour City University", List.of("Accessibility", "Online assessment"), 3, 1);
        assessors.declareConflict(alex, DeclaredConflict.Kind.PERSON, "Priya Shah", "We worked in the same team until 2025.");
        UUID bea = assessors.add(admin, "assessor2@example.org", "senior", "Kingsford University",
                List.of("Learning analytics", "Leadership and strategy"), 4, 6);
        assessors.addUnavailable(admin, bea, today.plusMonths(1).withDayOfMonth(1), today.plusMonths(1).withDayOfMonth(14));
        assessors.add(admin, "assessor3@example.org", "cmalt", "Open College of the North",
                List.of("Digital accessibility", "VLE administration"), 2, 3);
    }

    /**
     * Peer assessment in the rolling round: Dana's CMALT portfolio accepted and waiting to be allocated; Eli's
     * Associate portfolio allocated, both places accepted and the second assessor's review in; Fay's CMALT portfolio
     * with both reviews in, waiting for the lead to reconcile them.
     */
    private void createAssessments(UUID admin, UUID rolling) {
        UUID dana = acceptedSubmission(admin, rolling, "Dana Evans", "candidate4@example.org", "Westmoor University", "cmalt");
        UUID eli = acceptedSubmission(admin, rolling, "Eli Park", "candidate5@example.org", "Riverside College", "associate");
        UUID fay = acceptedSubmission(admin, rolling, "Fay Quinn", "candidate6@example.org", "University of Lakeshore", "cmalt");
        List<UUID> made = assessment.allocateAsProposed(admin, rolling, List.of(eli, fay));
        made.forEach(assessment::acceptBoth);
        assessment.submitReview(made.get(0), false, "adequate", "pass",
                "A clear, honest portfolio. The evidence for 2a could say more about what changed for students.");
        assessment.submitReview(made.get(1), false, "adequate", "pass",
                "Well argued throughout; each reflection says what the candidate would do differently.");
        assessment.submitReview(made.get(1), true, "strong", "pass-with-distinction",
                "An exemplary portfolio: the specialist area is documented with unusual care.");
        log.debug("Demo assessments: {} waiting to be allocated, {} allocated", dana, made);
    }

    private UUID acceptedSubmission(UUID admin, UUID round, String name, String email, String institution, String pathway) {
        UUID person = people.createVerified(name, email, PASSWORD, Role.CANDIDATE).id();
        people.updateProfile(person, "Learning Technologist", institution, "Higher education", 4);
        UUID portfolio = portfolios.start(person, pathway);
        writeComplete(person, portfolio, pathway.equals("cmalt") ? CMALT_SECTIONS : ASSOCIATE_SECTIONS);
        portfolios.confirm(portfolio, true, null, null);
        UUID registration = registrations.register(person, pathway, "GBP", Payer.SELF, null, null).id();
        registrations.markPaid(admin, registration, "Paid by card (demo)");
        UUID submission = submitting.submit(person, portfolio, round, clock.instant());
        rounds.acceptForAssessment(admin, submission);
        return submission;
    }

    /** The first 31 January, 31 May or 30 September on or after the date. */
    static LocalDate nextFixedDeadline(LocalDate from) {
        for (int year = from.getYear(); ; year++) {
            for (LocalDate d : List.of(LocalDate.of(year, 1, 31), LocalDate.of(year, 5, 31), LocalDate.of(year, 9, 30))) {
                if (!d.isBefore(from)) {
                    return d;
                }
            }
        }
    }

    private static final List<String> ASSOCIATE_SECTIONS = List.of("context", "1a", "1b", "2a", "3a", "4a", "plans");
    private static final List<String> CMALT_SECTIONS = List.of("context", "1a", "1b", "1c", "2a", "2b", "3a", "3b", "4a",
            "specialist", "plans");

    private void writeComplete(UUID author, UUID portfolio, List<String> sections) {
        List<String> principles = List.of("explore", "keep-up-to-date", "learn-from-colleagues", "communicate");
        int i = 0;
        for (String key : sections) {
            if (key.equals("context") || key.equals("plans")) {
                portfolios.write(author, portfolio, key, 0, null, key.equals("context") ? CONTEXT : PLANS, "", "", Set.of());
                continue;
            }
            String title = key.equals("specialist") ? "Digital accessibility" : null;
            portfolios.write(author, portfolio, key, 0, title, DESCRIPTION, REFLECTION, EVIDENCE,
                    Set.of(principles.get(i++ % 4), principles.get(i % 4)));
        }
    }

    private static final String CONTEXT = """
            <p>I am a learning technologist in a central Digital Education team, supporting around 400 academic staff
            across three faculties. My role covers the virtual learning environment, lecture capture, online assessment
            and staff development.</p>
            <p>I came to learning technology from teaching English in further education, which shapes how I think about
            learners first and tools second.</p>""";
    private static final String PLANS = """
            <p>Over the next two years I want to lead our evaluation of generative AI in assessment design, share what we
            learn through the ALT members' network, and mentor a colleague through their own CMALT portfolio.</p>""";
    private static final String DESCRIPTION = """
            <p>In 2025 I led the evaluation of three online quiz tools for the School of Nursing. I compared them on
            accessibility, integration with our VLE, question types and cost, and ran a two-week pilot with twelve
            staff, writing short guides and holding drop-in sessions while the pilot ran.</p>""";
    private static final String REFLECTION = """
            <p>The pilot showed that the cheapest tool created the most support requests. Next time I would involve
            students earlier: their feedback on mobile use changed our recommendation, and the difference it made was
            a tool that staff and students both chose to keep.</p>""";
    private static final String EVIDENCE = """
            <p>The anonymised evaluation report and the pilot survey results, shared with permission.</p>""";
}
