package org.waymark.framework.internal;

import java.io.Reader;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.waymark.framework.AssessmentRules;
import org.waymark.framework.AssessmentRules.Allowance;
import org.waymark.framework.AssessmentType;
import org.waymark.framework.CorePrinciple;
import org.waymark.framework.EligibilityGuide;
import org.waymark.framework.EligibilityGuide.Answer;
import org.waymark.framework.EligibilityGuide.Condition;
import org.waymark.framework.EligibilityGuide.Question;
import org.waymark.framework.EligibilityGuide.Rule;
import org.waymark.framework.Framework;
import org.waymark.framework.Grade;
import org.waymark.framework.Outcome;
import org.waymark.framework.Pathway;
import org.waymark.framework.SectionDefinition;
import org.waymark.framework.SectionKind;
import org.waymark.framework.WordGuidance;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads a framework file into {@link Framework}, checking it as it goes. It walks SnakeYAML's node tree
 * rather than binding to classes so that every complaint can name the line it is about.
 */
public final class FrameworkFileReader {

    private final String fileName;

    public FrameworkFileReader(String fileName) {
        this.fileName = fileName;
    }

    public Framework read(Reader reader) {
        Node root;
        try {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(reader);
        } catch (RuntimeException e) {
            throw new FrameworkFileException(fileName + ": not valid YAML: " + e.getMessage());
        }
        if (root == null) {
            throw new FrameworkFileException(fileName + " line 1: the file is empty");
        }
        Map<String, Node> top = mapping(root, "top");
        String name = text(top, root, "framework");
        String version = text(top, root, "version");

        List<CorePrinciple> principles = new ArrayList<>();
        Set<String> principleKeys = new HashSet<>();
        for (Node node : sequence(required(top, root, "principles"))) {
            Map<String, Node> p = mapping(node, "principle");
            String key = text(p, node, "key");
            if (!principleKeys.add(key)) {
                throw fail(node, "principle '" + key + "' is listed twice");
            }
            principles.add(new CorePrinciple(key, text(p, node, "name"), text(p, node, "statement")));
        }
        if (principles.isEmpty()) {
            throw fail(top.get("principles"), "at least one core principle is needed");
        }

        Node partsNode = required(top, root, "parts");
        Map<String, Node> parts = mapping(partsNode, "parts");
        Framework.Parts sharedParts = new Framework.Parts(text(parts, partsNode, "description"),
                text(parts, partsNode, "reflection"), text(parts, partsNode, "evidence"));

        List<Pathway> pathways = new ArrayList<>();
        Set<String> pathwayKeys = new HashSet<>();
        for (Node node : sequence(required(top, root, "pathways"))) {
            Map<String, Node> p = mapping(node, "pathway");
            String key = text(p, node, "key");
            if (!pathwayKeys.add(key)) {
                throw fail(node, "pathway '" + key + "' is listed twice");
            }
            pathways.add(new Pathway(key, text(p, node, "name"), text(p, node, "post-nominal"), text(p, node, "summary"),
                    text(p, node, "eligibility"), sections(required(p, node, "sections"))));
        }
        if (pathways.isEmpty()) {
            throw fail(top.get("pathways"), "at least one pathway is needed");
        }
        int practiceYears = number(top, root, "practice-current-for-years");
        if (practiceYears < 1) {
            throw fail(top.get("practice-current-for-years"), "'practice-current-for-years' must be 1 or more, not " + practiceYears);
        }
        EligibilityGuide guide = top.containsKey("eligibility-guide")
                ? guide(top.get("eligibility-guide"), pathwayKeys) : EligibilityGuide.NONE;
        AssessmentRules assessment = top.containsKey("assessment") ? assessment(top.get("assessment"), pathwayKeys) : null;
        return new Framework(name, version, List.copyOf(principles), sharedParts, List.copyOf(pathways), practiceYears, guide,
                assessment);
    }

    /** The grade scale, outcomes, what each assessment type allows, and who may assess what. */
    private AssessmentRules assessment(Node node, Set<String> pathwayKeys) {
        Map<String, Node> a = mapping(node, "assessment");
        List<Grade> grades = new ArrayList<>();
        Set<String> gradeKeys = new HashSet<>();
        for (Node g : sequence(required(a, node, "grades"))) {
            Map<String, Node> gm = mapping(g, "grade");
            String key = text(gm, g, "key");
            if (!gradeKeys.add(key)) {
                throw fail(g, "grade '" + key + "' is listed twice");
            }
            grades.add(new Grade(key, text(gm, g, "name"), text(gm, g, "description")));
        }
        if (grades.size() < 2) {
            throw fail(a.get("grades"), "the grade scale needs at least two grades");
        }

        Map<String, Outcome> outcomes = new LinkedHashMap<>();
        for (Node o : sequence(required(a, node, "outcomes"))) {
            Outcome outcome = outcome(o);
            if (outcomes.putIfAbsent(outcome.key(), outcome) != null) {
                throw fail(o, "outcome '" + outcome.key() + "' is listed twice");
            }
        }
        if (outcomes.values().stream().noneMatch(Outcome::passes)) {
            throw fail(a.get("outcomes"), "at least one outcome must be a pass");
        }

        List<Allowance> allowed = new ArrayList<>();
        Node typesNode = required(a, node, "types");
        Map<String, Node> types = mapping(typesNode);
        for (NodeTuple tuple : ((MappingNode) typesNode).getValue()) {
            String typeKey = scalar(tuple.getKeyNode());
            AssessmentType type = AssessmentType.byKey(typeKey).orElseThrow(() -> fail(tuple.getKeyNode(),
                    "unknown assessment type '" + typeKey + "' (use first-submission, resubmission or portfolio-review)"));
            Node value = tuple.getValueNode();
            Map<String, Node> t = mapping(value, "type");
            if (t.containsKey("outcomes") == t.containsKey("after")) {
                throw fail(value, "give '" + typeKey + "' either 'outcomes' or, for each referral it may follow, 'after'");
            }
            if (t.containsKey("outcomes")) {
                allowed.add(new Allowance(type, null, outcomeKeys(t.get("outcomes"), outcomes)));
            } else {
                Node after = t.get("after");
                mapping(after);
                for (NodeTuple previous : ((MappingNode) after).getValue()) {
                    String previousKey = scalar(previous.getKeyNode());
                    Outcome referral = outcomes.get(previousKey);
                    if (referral == null || !referral.refers()) {
                        throw fail(previous.getKeyNode(), "'" + typeKey + "' can only follow a referral, and '" + previousKey
                                + "' is not a referral outcome of this file");
                    }
                    allowed.add(new Allowance(type, previousKey, outcomeKeys(previous.getValueNode(), outcomes)));
                }
            }
        }
        for (AssessmentType type : AssessmentType.values()) {
            if (!types.containsKey(type.key())) {
                throw fail(typesNode, "the outcomes allowed for '" + type.key() + "' are missing");
            }
        }
        // A referral that some assessment can reach must say what the resubmission after it may reach.
        for (Allowance allowance : List.copyOf(allowed)) {
            for (String key : allowance.outcomes()) {
                if (outcomes.get(key).refers() && allowed.stream()
                        .noneMatch(x -> x.type() == AssessmentType.RESUBMISSION && key.equals(x.after()))) {
                    throw fail(types.get("resubmission"), "a resubmission after '" + key
                            + "' needs its outcomes (add it under resubmission: after:)");
                }
            }
        }

        Node assessorsNode = required(a, node, "assessors");
        Map<String, Node> assessors = mapping(assessorsNode, "assessors");
        Node mayNode = required(assessors, assessorsNode, "may-assess");
        Map<String, Node> may = mapping(mayNode);
        Map<String, Set<String>> mayAssess = new LinkedHashMap<>();
        for (NodeTuple tuple : ((MappingNode) mayNode).getValue()) {
            String held = scalar(tuple.getKeyNode());
            if (!pathwayKeys.contains(held)) {
                throw fail(tuple.getKeyNode(), "'" + held + "' is not a pathway of this file");
            }
            Set<String> assessable = new java.util.LinkedHashSet<>();
            for (Node p : sequence(tuple.getValueNode())) {
                String pathway = scalar(p);
                if (!pathwayKeys.contains(pathway)) {
                    throw fail(p, "'" + pathway + "' is not a pathway of this file");
                }
                assessable.add(pathway);
            }
            mayAssess.put(held, Set.copyOf(assessable));
        }
        for (String pathway : pathwayKeys) {
            if (!may.containsKey(pathway)) {
                throw fail(mayNode, "say which pathways holders of '" + pathway + "' may assess ([] for none)");
            }
        }
        int timesAsSecond = number(assessors, assessorsNode, "times-as-second-before-leading");
        if (timesAsSecond < 0) {
            throw fail(assessors.get("times-as-second-before-leading"), "'times-as-second-before-leading' must be 0 or more");
        }
        return new AssessmentRules(List.copyOf(grades), List.copyOf(outcomes.values()), List.copyOf(allowed),
                Map.copyOf(mayAssess), timesAsSecond);
    }

    private Outcome outcome(Node node) {
        Map<String, Node> o = mapping(node, "outcome");
        String key = text(o, node, "key");
        String resultText = text(o, node, "result");
        Outcome.Result result;
        try {
            result = Outcome.Result.valueOf(resultText.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw fail(o.get("result"), "unknown result '" + resultText + "' (use pass, referral or fail)");
        }
        Period period = null;
        if (result == Outcome.Result.REFERRAL) {
            String text = text(o, node, "referral-period");
            try {
                period = Period.parse(text);
            } catch (DateTimeParseException e) {
                throw fail(o.get("referral-period"), "'referral-period' must be an ISO-8601 period such as P8W or P6M, not '" + text + "'");
            }
            if (period.isNegative() || period.isZero()) {
                throw fail(o.get("referral-period"), "'referral-period' must be longer than nothing");
            }
        } else if (o.containsKey("referral-period")) {
            throw fail(o.get("referral-period"), "only a referral has a referral period; remove it from '" + key + "'");
        }
        return new Outcome(key, text(o, node, "name"), result, period);
    }

    private List<String> outcomeKeys(Node node, Map<String, Outcome> outcomes) {
        List<String> keys = new ArrayList<>();
        for (Node k : sequence(node)) {
            String key = scalar(k);
            if (!outcomes.containsKey(key)) {
                throw fail(k, "'" + key + "' is not an outcome of this file");
            }
            if (keys.contains(key)) {
                throw fail(k, "outcome '" + key + "' is listed twice here");
            }
            keys.add(key);
        }
        if (keys.isEmpty()) {
            throw fail(node, "at least one outcome must be allowed");
        }
        return List.copyOf(keys);
    }

    private EligibilityGuide guide(Node guideNode, Set<String> pathwayKeys) {
        Map<String, Node> g = mapping(guideNode, "guide");
        Map<String, Question> questions = new LinkedHashMap<>();
        for (Node node : sequence(required(g, guideNode, "questions"))) {
            Question question = question(node);
            if (questions.putIfAbsent(question.key(), question) != null) {
                throw fail(node, "question '" + question.key() + "' is listed twice");
            }
        }
        if (questions.isEmpty()) {
            throw fail(g.get("questions"), "the eligibility guide needs at least one question");
        }
        List<Rule> rules = new ArrayList<>();
        for (Node node : sequence(required(g, guideNode, "rules"))) {
            rules.add(rule(node, questions, pathwayKeys));
        }
        if (rules.isEmpty()) {
            throw fail(g.get("rules"), "the eligibility guide needs at least one rule");
        }
        return new EligibilityGuide(List.copyOf(questions.values()), List.copyOf(rules));
    }

    private Rule rule(Node node, Map<String, Question> questions, Set<String> pathwayKeys) {
        Map<String, Node> r = mapping(node, "rule");
        String pathway = text(r, node, "suggest");
        if (!pathwayKeys.contains(pathway)) {
            throw fail(r.get("suggest"), "the eligibility guide suggests pathway '" + pathway + "', which this file does not define");
        }
        List<Condition> conditions = new ArrayList<>();
        if (r.containsKey("when")) {
            Node when = r.get("when");
            mapping(when); // a mapping, with no question named twice
            for (NodeTuple tuple : ((MappingNode) when).getValue()) {
                String key = scalar(tuple.getKeyNode());
                Question question = questions.get(key);
                if (question == null) {
                    throw fail(tuple.getKeyNode(), "the rule asks about '" + key + "', which is not a question of the guide");
                }
                conditions.add(condition(question, tuple.getValueNode()));
            }
        }
        return new Rule(pathway, List.copyOf(conditions));
    }

    private Question question(Node node) {
        Map<String, Node> q = mapping(node, "question");
        String key = text(q, node, "key");
        if (q.containsKey("answers") == q.containsKey("number")) {
            throw fail(node, "question '" + key + "' needs either answers to choose from or a number range");
        }
        List<Answer> answers = new ArrayList<>();
        int min = 0;
        int max = 0;
        if (q.containsKey("answers")) {
            Set<String> answerKeys = new HashSet<>();
            for (Node a : sequence(q.get("answers"))) {
                Map<String, Node> am = mapping(a, "answer");
                String answerKey = text(am, a, "key");
                if (!answerKeys.add(answerKey)) {
                    throw fail(a, "answer '" + answerKey + "' is listed twice in question '" + key + "'");
                }
                answers.add(new Answer(answerKey, text(am, a, "text")));
            }
            if (answers.size() < 2) {
                throw fail(q.get("answers"), "question '" + key + "' needs at least two answers to choose from");
            }
        } else {
            Node range = q.get("number");
            Map<String, Node> rm = mapping(range, "number");
            min = number(rm, range, "min");
            max = number(rm, range, "max");
            if (min > max) {
                throw fail(range, "question '" + key + "' needs min <= max, not " + min + "-" + max);
            }
        }
        return new Question(key, text(q, node, "text"), List.copyOf(answers), min, max, text(q, node, "error"));
    }

    /** An answer key (or a list of them) for a choice; bounds (below, at-most, at-least, above) for a number. */
    private Condition condition(Question question, Node node) {
        if (question.asksForNumber()) {
            Map<String, Node> bounds = mapping(node, "bounds");
            if (bounds.isEmpty()) {
                throw fail(node, "give at least one of below, at-most, at-least or above for '" + question.key() + "'");
            }
            int min = question.min();
            int max = question.max();
            if (bounds.containsKey("below")) {
                max = Math.min(max, number(bounds, node, "below") - 1);
            }
            if (bounds.containsKey("at-most")) {
                max = Math.min(max, number(bounds, node, "at-most"));
            }
            if (bounds.containsKey("at-least")) {
                min = Math.max(min, number(bounds, node, "at-least"));
            }
            if (bounds.containsKey("above")) {
                min = Math.max(min, number(bounds, node, "above") + 1);
            }
            if (min > max) {
                throw fail(node, "no answer to '" + question.key() + "' can meet this condition");
            }
            return new Condition(question.key(), Set.of(), min, max);
        }
        List<Node> values = node instanceof SequenceNode ? sequence(node) : List.of(node);
        Set<String> answers = new HashSet<>();
        for (Node value : values) {
            String answer = scalar(value);
            if (question.answers().stream().noneMatch(a -> a.key().equals(answer))) {
                throw fail(value, "question '" + question.key() + "' has no answer '" + answer + "'");
            }
            answers.add(answer);
        }
        return new Condition(question.key(), Set.copyOf(answers), 0, 0);
    }

    private List<SectionDefinition> sections(Node sectionsNode) {
        List<SectionDefinition> sections = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (Node node : sequence(sectionsNode)) {
            Map<String, Node> s = mapping(node, "section");
            String key = text(s, node, "key");
            if (!keys.add(key)) {
                throw fail(node, "section '" + key + "' is listed twice in this pathway");
            }
            String kindText = text(s, node, "kind");
            SectionKind kind;
            try {
                kind = SectionKind.valueOf(kindText.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw fail(s.get("kind"), "unknown section kind '" + kindText + "' (use statement, assessed, specialist or advanced)");
            }
            String label = s.containsKey("label") ? scalar(s.get("label")) : "";
            List<String> guidance = new ArrayList<>();
            if (s.containsKey("guidance")) {
                for (Node g : sequence(s.get("guidance"))) {
                    guidance.add(scalar(g));
                }
            }
            WordGuidance words = WordGuidance.NONE;
            if (s.containsKey("words")) {
                Node w = s.get("words");
                Map<String, Node> wm = mapping(w, "words");
                int min = number(wm, w, "min");
                int max = number(wm, w, "max");
                if (min < 0 || max <= 0 || min > max) {
                    throw fail(w, "word guidance needs 0 <= min <= max and max > 0, not " + min + "-" + max);
                }
                words = new WordGuidance(min, max);
            }
            int min = 1;
            int max = 1;
            if (kind.hasOwnTitle()) {
                min = s.containsKey("min") ? number(s, node, "min") : 1;
                max = s.containsKey("max") ? number(s, node, "max") : min;
                if (min < 1 || max < min || max > 26) {
                    throw fail(node, "section '" + key + "' needs 1 <= min <= max <= 26, not " + min + "-" + max);
                }
                if (label.isBlank()) {
                    throw fail(node, "section '" + key + "' needs a label to number its areas (for example \"5\")");
                }
            } else if (s.containsKey("min") || s.containsKey("max")) {
                throw fail(node, "only specialist and advanced sections can repeat; remove min/max from '" + key + "'");
            }
            sections.add(new SectionDefinition(key, label, kind, text(s, node, "title"), List.copyOf(guidance), words, min, max));
        }
        if (sections.isEmpty()) {
            throw fail(sectionsNode, "a pathway needs at least one section");
        }
        return List.copyOf(sections);
    }

    /** Keys each kind of mapping may have: anything else is a typo (or an unquoted comma) and is refused. */
    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("top", Set.of("framework", "version", "principles", "parts", "pathways", "practice-current-for-years", "eligibility-guide",
                    "assessment")),
            Map.entry("assessment", Set.of("grades", "outcomes", "types", "assessors")),
            Map.entry("grade", Set.of("key", "name", "description")),
            Map.entry("outcome", Set.of("key", "name", "result", "referral-period")),
            Map.entry("type", Set.of("outcomes", "after")),
            Map.entry("assessors", Set.of("may-assess", "times-as-second-before-leading")),
            Map.entry("principle", Set.of("key", "name", "statement")),
            Map.entry("parts", Set.of("description", "reflection", "evidence")),
            Map.entry("pathway", Set.of("key", "name", "post-nominal", "summary", "eligibility", "sections")),
            Map.entry("section", Set.of("key", "label", "kind", "title", "guidance", "words", "min", "max")),
            Map.entry("words", Set.of("min", "max")),
            Map.entry("guide", Set.of("questions", "rules")),
            Map.entry("question", Set.of("key", "text", "answers", "number", "error")),
            Map.entry("answer", Set.of("key", "text")),
            Map.entry("number", Set.of("min", "max")),
            Map.entry("rule", Set.of("suggest", "when")),
            Map.entry("bounds", Set.of("below", "at-most", "at-least", "above")));

    private Map<String, Node> mapping(Node node, String kind) {
        Map<String, Node> result = mapping(node);
        Set<String> allowed = ALLOWED.get(kind);
        for (NodeTuple tuple : ((MappingNode) node).getValue()) {
            String key = scalar(tuple.getKeyNode());
            if (allowed != null && !allowed.contains(key)) {
                throw fail(tuple.getKeyNode(), "unknown key '" + key + "' (allowed here: " + String.join(", ", new java.util.TreeSet<>(allowed))
                        + "; a value with a comma inside { } must be quoted)");
            }
        }
        return result;
    }

    private Map<String, Node> mapping(Node node) {
        if (!(node instanceof MappingNode m)) {
            throw fail(node, "expected a mapping of key: value");
        }
        Map<String, Node> result = new LinkedHashMap<>();
        for (NodeTuple tuple : m.getValue()) {
            String key = scalar(tuple.getKeyNode());
            if (result.put(key, tuple.getValueNode()) != null) {
                throw fail(tuple.getKeyNode(), "'" + key + "' is given twice");
            }
        }
        return result;
    }

    private List<Node> sequence(Node node) {
        if (!(node instanceof SequenceNode s)) {
            throw fail(node, "expected a list");
        }
        return s.getValue();
    }

    private String scalar(Node node) {
        if (!(node instanceof ScalarNode s)) {
            throw fail(node, "expected a single value");
        }
        return s.getValue();
    }

    private Node required(Map<String, Node> map, Node owner, String key) {
        Node node = map.get(key);
        if (node == null) {
            throw fail(owner, "'" + key + "' is missing");
        }
        return node;
    }

    private String text(Map<String, Node> map, Node owner, String key) {
        String value = scalar(required(map, owner, key));
        if (value.isBlank()) {
            throw fail(map.get(key), "'" + key + "' must not be empty");
        }
        return value.strip();
    }

    private int number(Map<String, Node> map, Node owner, String key) {
        String value = scalar(required(map, owner, key));
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw fail(map.get(key), "'" + key + "' must be a whole number, not '" + value + "'");
        }
    }

    private FrameworkFileException fail(Node node, String problem) {
        int line = node == null ? 1 : node.getStartMark().getLine() + 1;
        return new FrameworkFileException(fileName + " line " + line + ": " + problem);
    }
}
