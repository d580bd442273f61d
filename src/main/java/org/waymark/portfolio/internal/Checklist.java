package org.waymark.portfolio.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.waymark.framework.CorePrinciple;
import org.waymark.framework.Framework;
import org.waymark.framework.Pathway;
import org.waymark.framework.SectionDefinition;
import org.waymark.framework.SectionKind;

/**
 * What is still missing from a portfolio, section by section and as a whole. A section's status is
 * computed from this, never set by hand. Word guidance gives warnings and never blocks completeness.
 */
public record Checklist(List<Item> sections, List<String> portfolioMissing, List<CorePrinciple> unclaimedPrinciples) {

    /** The portfolio-wide item for an unsigned confirmation. */
    static final String UNSIGNED = "The confirmation is not signed";

    /** The portfolio-wide item for a core principle no section claims. */
    static String unclaimed(CorePrinciple principle) {
        return "The core principle \u201c" + principle.name() + "\u201d is not claimed in any section";
    }

    /** One section's entry: its status, what is missing, warnings, and word counts. */
    public record Item(PortfolioSection section, SectionDefinition definition, SectionStatus status, List<String> missing,
                       List<String> warnings, int descriptionWords, int reflectionWords, int evidenceWords, int evidenceItems) {

        public String heading() {
            String label = section.getLabel();
            String title = definition.repeatable() && section.getTitle() != null
                    ? definition.title() + ": " + section.getTitle() : definition.title();
            return label == null || label.isBlank() ? title : label + " " + title;
        }
    }

    public boolean complete() {
        return portfolioMissing.isEmpty() && sections.stream().allMatch(i -> i.status() == SectionStatus.READY);
    }

    public long readyCount() {
        return sections.stream().filter(i -> i.status() == SectionStatus.READY).count();
    }

    public int missingCount() {
        return portfolioMissing.size() + sections.stream().mapToInt(i -> i.missing().size()).sum();
    }

    public static Checklist of(Framework framework, Pathway pathway, Portfolio portfolio, List<PortfolioSection> sections,
                               Map<java.util.UUID, Integer> evidenceLinks) {
        List<Item> items = new ArrayList<>();
        for (PortfolioSection section : sections) {
            SectionDefinition definition = pathway.section(section.getSectionKey()).orElse(null);
            if (definition == null) {
                continue;
            }
            items.add(item(framework, definition, section, evidenceLinks.getOrDefault(section.getId(), 0)));
        }

        List<String> missing = new ArrayList<>();
        for (SectionDefinition definition : pathway.sections()) {
            if (definition.repeatable()) {
                long count = sections.stream().filter(s -> s.getSectionKey().equals(definition.key())).count();
                if (count < definition.min()) {
                    missing.add("At least " + definition.min() + " " + definition.title().toLowerCase() + "s are needed (there "
                            + (count == 1 ? "is 1" : "are " + count) + ")");
                }
            }
        }
        List<CorePrinciple> unclaimed = new ArrayList<>();
        for (CorePrinciple principle : framework.principles()) {
            boolean claimed = sections.stream().anyMatch(s -> s.principleSet().contains(principle.key()));
            if (!claimed) {
                unclaimed.add(principle);
                missing.add(unclaimed(principle));
            }
        }
        if (!portfolio.isDeclarationSigned()) {
            missing.add(UNSIGNED);
        }
        return new Checklist(List.copyOf(items), List.copyOf(missing), List.copyOf(unclaimed));
    }

    static Item item(Framework framework, SectionDefinition definition, PortfolioSection section, int evidenceItems) {
        return item(framework, definition, section, evidenceItems, section.wordCounts());
    }

    /** The entry, from word counts already made (a save counts the words anyway). */
    static Item item(Framework framework, SectionDefinition definition, PortfolioSection section, int evidenceItems,
                     WordCounts words) {
        List<String> missing = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        int description = words.description();
        int reflection = words.reflection();
        int evidence = words.evidence();
        if (definition.kind() == SectionKind.STATEMENT) {
            if (description == 0) {
                missing.add("No text yet");
            }
            String advice = definition.words().adviceFor(description);
            if (advice != null) {
                warnings.add(advice + " (" + description + " words): guidance, not a limit");
            }
        } else {
            if (definition.kind().hasOwnTitle() && section.getTitle() == null) {
                missing.add("No title for this area");
            }
            if (description == 0) {
                missing.add("No description");
            }
            if (reflection == 0) {
                missing.add("No reflection");
            }
            if (evidence == 0 && evidenceItems == 0) {
                missing.add("No evidence");
            }
            if (definition.kind() == SectionKind.ADVANCED) {
                Set<String> claimed = section.principleSet();
                for (CorePrinciple p : framework.principles()) {
                    if (!claimed.contains(p.key())) {
                        missing.add("An advanced area must claim every core principle: \u201c" + p.name() + "\u201d is not claimed");
                    }
                }
            }
        }
        boolean untouched = section.content().isEmpty() && evidenceItems == 0;
        SectionStatus status = untouched ? SectionStatus.NOT_STARTED
                : missing.isEmpty() ? SectionStatus.READY : SectionStatus.IN_PROGRESS;
        return new Item(section, definition, status, List.copyOf(missing), List.copyOf(warnings), description, reflection,
                evidence, evidenceItems);
    }
}
