package org.waymark.framework.internal;

import java.io.Reader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.waymark.framework.CorePrinciple;
import org.waymark.framework.Framework;
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
        Framework.EligibilityGuide guide = new Framework.EligibilityGuide(3, "associate", "cmalt", "senior");
        if (top.containsKey("eligibility-guide")) {
            Node g = top.get("eligibility-guide");
            Map<String, Node> gm = mapping(g, "guide");
            guide = new Framework.EligibilityGuide(number(gm, g, "years-for-cmalt"), text(gm, g, "associate"),
                    text(gm, g, "cmalt"), text(gm, g, "senior"));
            for (String key : List.of(guide.associate(), guide.cmalt(), guide.senior())) {
                if (!pathwayKeys.contains(key)) {
                    throw fail(g, "the eligibility guide names pathway '" + key + "', which this file does not define");
                }
            }
        }
        return new Framework(name, version, List.copyOf(principles), sharedParts, List.copyOf(pathways), guide);
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
    private static final Map<String, Set<String>> ALLOWED = Map.of(
            "top", Set.of("framework", "version", "principles", "parts", "pathways", "eligibility-guide"),
            "principle", Set.of("key", "name", "statement"),
            "parts", Set.of("description", "reflection", "evidence"),
            "pathway", Set.of("key", "name", "post-nominal", "summary", "eligibility", "sections"),
            "section", Set.of("key", "label", "kind", "title", "guidance", "words", "min", "max"),
            "words", Set.of("min", "max"),
            "guide", Set.of("years-for-cmalt", "associate", "cmalt", "senior"));

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
