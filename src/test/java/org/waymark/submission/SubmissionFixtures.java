package org.waymark.submission;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationContext;
import org.waymark.account.People;
import org.waymark.account.Role;
import org.waymark.portfolio.Portfolios;
import org.waymark.registration.RegistrationSummary;
import org.waymark.registration.RegistrationSummary.Payer;
import org.waymark.registration.internal.RegistrationService;
import org.waymark.submission.internal.Round;
import org.waymark.submission.internal.RoundExtension;
import org.waymark.submission.internal.RoundExtensions;
import org.waymark.submission.internal.Rounds;

/** People, complete portfolios, paid registrations and rounds for submission tests, made through the modules' own services. */
public class SubmissionFixtures {

    public static final Set<String> ALL_PRINCIPLES = Set.of("explore", "keep-up-to-date", "learn-from-colleagues", "communicate");
    public static final String PASSWORD = "a-long-password-1";

    private final People people;
    private final Portfolios portfolios;
    private final RegistrationService registrations;
    private final Rounds rounds;
    private final RoundExtensions extensions;

    public SubmissionFixtures(ApplicationContext context) {
        this.people = context.getBean(People.class);
        this.portfolios = context.getBean(Portfolios.class);
        this.registrations = context.getBean(RegistrationService.class);
        this.rounds = context.getBean(Rounds.class);
        this.extensions = context.getBean(RoundExtensions.class);
    }

    public UUID candidate() {
        return candidate("Cat Candidate " + UUID.randomUUID().toString().substring(0, 6), UUID.randomUUID() + "@example.org");
    }

    public UUID candidate(String name, String email) {
        return people.createVerified(name, email, PASSWORD, Role.CANDIDATE).id();
    }

    /** An Associate CMALT portfolio with every section written and the confirmation signed. */
    public UUID completePortfolio(UUID owner) {
        UUID portfolio = portfolios.start(owner, "associate");
        for (String key : new String[] {"context", "plans"}) {
            portfolios.write(owner, portfolio, key, 0, null, "<p>About my " + key + ".</p>", null, null, Set.of());
        }
        for (String key : new String[] {"1a", "1b", "2a", "3a", "4a"}) {
            portfolios.write(owner, portfolio, key, 0, null, "<p>What I did for " + key + ".</p>",
                    "<p>What I learnt from " + key + ".</p>", "<p>Evidence for " + key + ".</p>",
                    key.equals("1a") ? ALL_PRINCIPLES : Set.of());
        }
        portfolios.confirm(portfolio, true, null, null);
        return portfolio;
    }

    /** Rewrites one section of the live portfolio (after it was submitted, say). */
    public void rewrite(UUID owner, UUID portfolio, String key, String description) {
        portfolios.write(owner, portfolio, key, 0, null, description, "<p>What I learnt from " + key + ".</p>",
                "<p>Evidence for " + key + ".</p>", key.equals("1a") ? ALL_PRINCIPLES : Set.of());
    }

    public RegistrationSummary unpaidRegistration(UUID candidate, String pathway) {
        return registrations.register(candidate, pathway, "GBP", Payer.SELF, null, null);
    }

    public RegistrationSummary paidRegistration(UUID candidate, String pathway) {
        RegistrationSummary registration = unpaidRegistration(candidate, pathway);
        return registrations.markPaid(UUID.randomUUID(), registration.id(), null);
    }

    /** A fixed-deadline round open since yesterday, closing at {@code closesAt}. */
    public Round fixedRound(Instant closesAt) {
        Instant now = Instant.now();
        closesAt = closesAt.truncatedTo(java.time.temporal.ChronoUnit.SECONDS); // as stored, to the second
        return rounds.save(new Round(UUID.randomUUID(), "Round " + UUID.randomUUID().toString().substring(0, 6), RoundKind.FIXED,
                now.minus(Duration.ofDays(1)), closesAt, null, null, closesAt.plus(Duration.ofDays(60)), null, false, null,
                null, now, now, null));
    }

    /** A rolling round, open since yesterday, each submission due a decision in eight weeks. */
    public Round rollingRound() {
        Instant now = Instant.now();
        return rounds.save(new Round(UUID.randomUUID(), "Rolling " + UUID.randomUUID().toString().substring(0, 6), RoundKind.ROLLING,
                now.minus(Duration.ofDays(1)), null, null, null, null, 8, false, null, null, now, now, null));
    }

    public RoundExtension extension(Round round, UUID candidate, Instant until) {
        return extensions.save(new RoundExtension(UUID.randomUUID(), round.id(), candidate,
                until.truncatedTo(java.time.temporal.ChronoUnit.SECONDS), "Illness", UUID.randomUUID(),
                Instant.now(), null));
    }
}
