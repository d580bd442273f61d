package org.waymark.framework;

import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How a portfolio is assessed, as the framework file says: the grade scale and the outcomes (each in order, best
 * first), which outcomes each assessment type allows, which award holders may assess which pathways, and how many
 * times an assessor serves as second before leading.
 *
 * @param allowed        what each assessment type allows; a resubmission's depends on the referral it follows
 * @param mayAssess      for each pathway key an assessor may hold, the pathway keys of the portfolios they may assess
 */
public record AssessmentRules(List<Grade> grades, List<Outcome> outcomes, List<Allowance> allowed,
                              Map<String, Set<String>> mayAssess, int timesAsSecondBeforeLeading) {

    /**
     * The outcomes one assessment type allows; {@code after} is the outcome of the assessment a resubmission
     * follows (null for the types that follow none).
     */
    public record Allowance(AssessmentType type, String after, List<String> outcomes) {
    }

    public Optional<Grade> grade(String key) {
        return grades.stream().filter(g -> g.key().equals(key)).findFirst();
    }

    public Optional<Outcome> outcome(String key) {
        return outcomes.stream().filter(o -> o.key().equals(key)).findFirst();
    }

    /**
     * The outcomes an assessment of this type may reach, in the scale's order: for a resubmission, after the outcome
     * of the assessment it follows ({@code previousOutcome}); the other types ignore it. None when the rules have no
     * allowance for the pair (a resubmission that follows no referral).
     */
    public List<Outcome> outcomesAllowed(AssessmentType type, String previousOutcome) {
        List<String> keys = allowed.stream()
                .filter(a -> a.type() == type && (a.after() == null || a.after().equals(previousOutcome)))
                .findFirst().map(Allowance::outcomes).orElse(List.of());
        return outcomes.stream().filter(o -> keys.contains(o.key())).toList();
    }

    /**
     * The outcomes a form offers for an assessment of this type, in the scale's order: every outcome an assessment of
     * its kind may reach under some allowance, so that the rules can refuse the one not allowed here with their
     * reason. A portfolio review offers its own outcomes; the other types never offer an outcome only a portfolio
     * review may reach (Award confirmed).
     */
    public List<Outcome> outcomesOffered(AssessmentType type) {
        Set<String> reviews = keysAllowedFor(t -> t == AssessmentType.PORTFOLIO_REVIEW);
        if (type == AssessmentType.PORTFOLIO_REVIEW) {
            return outcomes.stream().filter(o -> reviews.contains(o.key())).toList();
        }
        Set<String> others = keysAllowedFor(t -> t != AssessmentType.PORTFOLIO_REVIEW);
        return outcomes.stream().filter(o -> others.contains(o.key()) || !reviews.contains(o.key())).toList();
    }

    private Set<String> keysAllowedFor(java.util.function.Predicate<AssessmentType> types) {
        return allowed.stream().filter(a -> types.test(a.type())).flatMap(a -> a.outcomes().stream())
                .collect(java.util.stream.Collectors.toSet());
    }

    /** Why the rules refuse this outcome for this assessment, in words for the person choosing it; empty when allowed. */
    public Optional<String> refusal(AssessmentType type, String previousOutcome, String outcomeKey) {
        List<Outcome> allowedHere = outcomesAllowed(type, previousOutcome);
        if (allowedHere.stream().anyMatch(o -> o.key().equals(outcomeKey))) {
            return Optional.empty();
        }
        String name = outcome(outcomeKey).map(Outcome::name).orElse("That outcome");
        String context = type.label() + previousOutcome(type, previousOutcome);
        if (allowedHere.isEmpty()) {
            return Optional.of("The rules give no outcome for a " + context.toLowerCase(java.util.Locale.ROOT));
        }
        return Optional.of(name + " is not allowed for a " + context.toLowerCase(java.util.Locale.ROOT) + ": choose "
                + String.join(", ", allowedHere.stream().map(Outcome::name).toList()).replaceFirst(", ([^,]*)$", " or $1"));
    }

    private String previousOutcome(AssessmentType type, String previousOutcome) {
        if (type != AssessmentType.RESUBMISSION || previousOutcome == null) {
            return "";
        }
        return " after " + outcome(previousOutcome).map(Outcome::name).orElse(previousOutcome);
    }

    /** Whether someone holding the award of pathway {@code held} may assess a portfolio on pathway {@code portfolio}. */
    public boolean mayAssess(String held, String portfolio) {
        return held != null && mayAssess.getOrDefault(held, Set.of()).contains(portfolio);
    }

    /** Whether holders of this award may assess anything at all (Associate holders may not). */
    public boolean mayAssessAnything(String held) {
        return held != null && !mayAssess.getOrDefault(held, Set.of()).isEmpty();
    }

    /** An assessor leads only after serving this many times as second. */
    public boolean mayLead(int timesAsSecond) {
        return timesAsSecond >= timesAsSecondBeforeLeading;
    }

    /** How long a referred candidate has to resubmit; empty for outcomes that are not referrals. */
    public Optional<Period> referralPeriod(String outcomeKey) {
        return outcome(outcomeKey).map(Outcome::referralPeriod);
    }
}
