package org.waymark.framework;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

/** One version of the accreditation framework. Immutable: a new version is a new file. */
public record Framework(String name, String version, List<CorePrinciple> principles, Parts parts,
                        List<Pathway> pathways, EligibilityGuide eligibilityGuide) {

    /**
     * The short guide that recommends a pathway (seed 001): under {@code yearsForCmalt} years, or learning
     * technology a small part of the role, suggests Associate; more than that with leadership, strategy or
     * research suggests Senior; otherwise CMALT. A recommendation only: anyone may choose any pathway.
     */
    public record EligibilityGuide(int yearsForCmalt, String associate, String cmalt, String senior) {

        public String recommend(int years, boolean smallPartOfRole, boolean leadershipOrResearch) {
            if (years < yearsForCmalt || smallPartOfRole) {
                return associate;
            }
            return leadershipOrResearch && years > yearsForCmalt ? senior : cmalt;
        }
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
