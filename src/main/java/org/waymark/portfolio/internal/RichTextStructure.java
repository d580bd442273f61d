package org.waymark.portfolio.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;

import org.owasp.html.HtmlStreamEventReceiver;
import org.owasp.html.HtmlStreamRenderer;

/**
 * Sits between the sanitiser's policy and its renderer and puts the block structure right before the HTML is
 * written. The sanitiser keeps nesting that browsers paste but the stored format should not carry:
 * <ul>
 *   <li>blocks inside a heading ({@code <h2><p>…</p><p>…</p></h2>}, what a paste into a field whose caret sat in
 *   a heading produced): the blocks come out as themselves and only the heading's own loose text stays a heading,
 *   so every paragraph stays a paragraph;</li>
 *   <li>blocks inside bold, italic or a link (Google Docs wraps a whole paste in {@code <b id="docs-internal-guid-…">}):
 *   the inline wrapper is dropped, the blocks stay;</li>
 *   <li>a heading inside a list item, table cell or caption: it becomes bold text there, since a heading cannot
 *   head part of a list or a cell;</li>
 *   <li>a heading with no words is dropped.</li>
 * </ul>
 */
final class RichTextStructure implements HtmlStreamEventReceiver {

    private static final Set<String> HEADINGS = Set.of("h2", "h3", "h4");
    private static final Set<String> BLOCKS = Set.of("p", "h2", "h3", "h4", "ul", "ol", "li", "blockquote", "table",
            "thead", "tbody", "tfoot", "tr", "th", "td", "caption", "pre", "hr");
    private static final Set<String> NO_HEADINGS_INSIDE = Set.of("li", "td", "th", "caption");
    private static final Set<String> VOID = Set.of("br", "hr");

    private sealed interface Node permits Element, Text {
    }

    private record Text(String text) implements Node {
    }

    private record Element(String name, List<String> attributes, List<Node> children) implements Node {
        Element(String name, List<String> attributes) {
            this(name, List.copyOf(attributes), new ArrayList<>());
        }
    }

    private final HtmlStreamRenderer out;
    private final Element root = new Element("#root", List.of());
    private final Deque<Element> open = new ArrayDeque<>();

    RichTextStructure(HtmlStreamRenderer out) {
        this.out = out;
    }

    @Override
    public void openDocument() {
        open.clear();
        root.children().clear();
        open.push(root);
    }

    @Override
    public void openTag(String elementName, List<String> attrs) {
        Element element = new Element(elementName, attrs);
        open.peek().children().add(element);
        if (!VOID.contains(elementName)) {
            open.push(element);
        }
    }

    @Override
    public void closeTag(String elementName) {
        if (open.size() > 1 && open.peek().name().equals(elementName)) {
            open.pop();
        }
    }

    @Override
    public void text(String text) {
        open.peek().children().add(new Text(text));
    }

    @Override
    public void closeDocument() {
        out.openDocument();
        for (Node node : normalise(root.children(), false)) {
            render(node);
        }
        out.closeDocument();
    }

    /** The children of one element, put right; {@code inCell} is true inside a list item, table cell or caption. */
    private List<Node> normalise(List<Node> nodes, boolean inCell) {
        List<Node> result = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            Node node = nodes.get(i);
            if (!(node instanceof Element element)) {
                result.add(node);
                continue;
            }
            String name = element.name();
            boolean childInCell = NO_HEADINGS_INSIDE.contains(name) || (inCell && !name.equals("table"));
            List<Node> children = normalise(element.children(), childInCell);
            if (HEADINGS.contains(name) && inCell) {
                result.addAll(headingAsStrongText(children, hasWords(nodes.subList(i + 1, nodes.size()))));
            } else if (HEADINGS.contains(name)) {
                result.addAll(headingWithoutBlocks(element, children));
            } else if (!BLOCKS.contains(name) && children.stream().anyMatch(RichTextStructure::isBlock)) {
                result.addAll(children); // an inline wrapper around blocks: keep the blocks
            } else {
                result.add(new Element(name, element.attributes(), children));
            }
        }
        return result;
    }

    /** Loose text stays a heading; blocks inside come out after it, as themselves. */
    private static List<Node> headingWithoutBlocks(Element heading, List<Node> children) {
        List<Node> result = new ArrayList<>();
        List<Node> run = new ArrayList<>();
        for (Node child : children) {
            if (isBlock(child)) {
                addHeading(heading, run, result);
                run = new ArrayList<>();
                result.add(child);
            } else {
                run.add(child);
            }
        }
        addHeading(heading, run, result);
        return result;
    }

    private static void addHeading(Element heading, List<Node> content, List<Node> result) {
        if (hasWords(content)) {
            result.add(new Element(heading.name(), heading.attributes(), content));
        }
    }

    /** Inside a list item or a cell: bold text, on its own line when something follows in the same item. */
    private static List<Node> headingAsStrongText(List<Node> children, boolean more) {
        List<Node> result = new ArrayList<>();
        List<Node> run = new ArrayList<>();
        for (Node child : children) {
            if (isBlock(child)) {
                flushStrong(run, result);
                run = new ArrayList<>();
                result.add(child);
            } else {
                run.add(child);
            }
        }
        if (hasWords(run)) {
            result.add(new Element("strong", List.of(), run));
            if (more) {
                result.add(new Element("br", List.of()));
            }
        }
        return result;
    }

    private static void flushStrong(List<Node> run, List<Node> result) {
        if (hasWords(run)) {
            result.add(new Element("strong", List.of(), run));
        }
    }

    private static boolean isBlock(Node node) {
        return node instanceof Element e && BLOCKS.contains(e.name());
    }

    private static boolean hasWords(List<Node> nodes) {
        for (Node node : nodes) {
            if (node instanceof Text t && !t.text().replace('\u00a0', ' ').isBlank()) {
                return true;
            }
            if (node instanceof Element e && hasWords(e.children())) {
                return true;
            }
        }
        return false;
    }

    private void render(Node node) {
        if (node instanceof Text t) {
            out.text(t.text());
            return;
        }
        Element element = (Element) node;
        out.openTag(element.name(), element.attributes());
        if (VOID.contains(element.name())) {
            return;
        }
        for (Node child : element.children()) {
            render(child);
        }
        out.closeTag(element.name());
    }
}
