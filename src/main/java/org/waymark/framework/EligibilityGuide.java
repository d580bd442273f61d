package org.waymark.framework;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The short guide that recommends a pathway (seed 001), as the framework file defines it: questions asked in
 * order, and rules tried in order, the first whose conditions all hold naming the pathway to suggest. A
 * recommendation only: anyone may choose any pathway. A framework without a guide has no questions.
 */
public record EligibilityGuide(List<Question> questions, List<Rule> rules) {

    public static final EligibilityGuide NONE = new EligibilityGuide(List.of(), List.of());

    public boolean isOffered() {
        return !questions.isEmpty();
    }

    /** One choice of a multiple-choice question; {@code key} is what the form sends. */
    public record Answer(String key, String text) {
    }

    /**
     * A question with answers to choose from or, when it has none, a whole number from {@code min} to
     * {@code max}. {@code error} is shown when it is left unanswered or answered out of range.
     */
    public record Question(String key, String text, List<Answer> answers, int min, int max, String error) {

        public boolean asksForNumber() {
            return answers.isEmpty();
        }

        boolean accepts(String answer) {
            if (answer == null || answer.isBlank()) {
                return false;
            }
            if (!asksForNumber()) {
                return answers.stream().anyMatch(a -> a.key().equals(answer));
            }
            Integer number = wholeNumber(answer);
            return number != null && number >= min && number <= max;
        }
    }

    /** Holds when the answer to {@code question} is one of {@code answers} or, for a number, from {@code min} to {@code max}. */
    public record Condition(String question, Set<String> answers, int min, int max) {

        boolean holdsFor(String answer) {
            if (!answers.isEmpty()) {
                return answers.contains(answer);
            }
            Integer number = wholeNumber(answer);
            return number != null && number >= min && number <= max;
        }
    }

    /** Suggests {@code pathway} when every condition holds; a rule without conditions always holds. */
    public record Rule(String pathway, List<Condition> conditions) {

        boolean holdsFor(Map<String, String> answers) {
            return conditions.stream().allMatch(c -> c.holdsFor(answers.get(c.question())));
        }
    }

    /** What is wrong with these answers, by question key in the order asked; empty when every question is answered. */
    public Map<String, String> problems(Map<String, String> answers) {
        Map<String, String> problems = new LinkedHashMap<>();
        for (Question question : questions) {
            if (!question.accepts(answers.get(question.key()))) {
                problems.put(question.key(), question.error());
            }
        }
        return problems;
    }

    /** The pathway key the first holding rule suggests, or empty when the answers are incomplete or no rule holds. */
    public Optional<String> recommend(Map<String, String> answers) {
        if (!problems(answers).isEmpty()) {
            return Optional.empty();
        }
        return rules.stream().filter(r -> r.holdsFor(answers)).map(Rule::pathway).findFirst();
    }

    private static Integer wholeNumber(String text) {
        try {
            return text == null ? null : Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
