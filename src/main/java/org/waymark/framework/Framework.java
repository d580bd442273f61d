package org.waymark.framework;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * One version of the accreditation framework. Immutable: a new version is a new file. {@code assessment} holds how
 * its portfolios are assessed; the current version always has it (checked at start-up), an older file may not
 * (null).
 */
public record Framework(String name, String version, List<CorePrinciple> principles, Parts parts,
                        List<Pathway> pathways, int practiceCurrentForYears, EligibilityGuide eligibilityGuide,
                        AssessmentRules assessment) {

    /**
     * The earliest moment whose practice still counts as current: a section last revised before it should be
     * brought up to date before it is reused (seed 001's FAQ: practice from the last few years).
     */
    public Instant practiceCurrentSince(Instant now) {
        return now.atZone(ZoneOffset.UTC).minusYears(practiceCurrentForYears).toInstant();
    }

    /** The guidance shared by every assessed section for its description, reflection and evidence. */
    public record Parts(String description, String reflection, String evidence) {
    }

    public Optional<Pathway> findPathway(String key) {
        return pathways.stream().filter(p -> p.key().equals(key)).findFirst();
    }

    public Pathway pathway(String key) {
        return findPathway(key).orElseThrow(() -> new NoSuchElementException("No pathway " + key + " in " + version));
    }

    public Optional<CorePrinciple> principle(String key) {
        return principles.stream().filter(p -> p.key().equals(key)).findFirst();
    }
}
