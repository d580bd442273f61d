package org.waymark.portfolio.internal;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.owasp.html.HtmlChangeListener;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The one format portfolio text is stored in: a small, safe subset of HTML (ADR 0003). Whatever arrives
 * (the rich editor, a paste from Word or Google Docs, or a plain text area without JavaScript) is reduced
 * to it here, on the server. The caller is told what was removed when it matters to the writer.
 */
public final class RichText {

    /** Sanitised HTML plus a readable list of what was taken out that the writer would want to know about. */
    public record Result(String html, List<String> removed) {
    }

    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,2}");
    private static final Pattern HAS_MARKUP = Pattern.compile("<[a-zA-Z/!]");

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "h2", "h3", "h4", "strong", "em", "b", "i", "u", "s", "ul", "ol", "li",
                    "blockquote", "table", "thead", "tbody", "tfoot", "tr", "th", "td", "caption", "code", "pre", "hr")
            .allowElements((name, attrs) -> "h2", "h1")
            .allowElements((name, attrs) -> "p", "div")
            .allowElements("a")
            .allowAttributes("href").onElements("a")
            .allowUrlProtocols("http", "https", "mailto")
            .requireRelsOnLinks("noopener", "noreferrer")
            .allowAttributes("colspan", "rowspan").matching(DIGITS).onElements("td", "th")
            .allowAttributes("scope").matching(true, "row", "col", "rowgroup", "colgroup").onElements("th")
            .toFactory();

    /** Formatting that word processors paste in; dropping it keeps the structure, so nobody needs telling. */
    private static final Set<String> NOISE = Set.of("span", "font", "o:p", "meta", "link", "style", "xml", "colgroup",
            "col", "sup", "sub", "h1", "div", "html", "head", "body", "title", "google-sheets-html-origin", "w:sdt", "w:sdtpr");

    private RichText() {
    }

    public static Result sanitise(String input) {
        if (input == null || input.isBlank()) {
            return new Result("", List.of());
        }
        String html = HAS_MARKUP.matcher(input).find() ? input : paragraphs(input);
        Set<String> removed = new TreeSet<>();
        String clean = POLICY.sanitize(html, new HtmlChangeListener<Set<String>>() {
            @Override
            public void discardedTag(Set<String> context, String elementName) {
                String name = elementName.toLowerCase(Locale.ROOT);
                if (!NOISE.contains(name)) {
                    context.add(describeTag(name));
                }
            }

            @Override
            public void discardedAttributes(Set<String> context, String tagName, String... attributeNames) {
                for (String attribute : attributeNames) {
                    String a = attribute.toLowerCase(Locale.ROOT);
                    if (a.equals("href")) {
                        context.add("a link address that was not http, https or mailto");
                    } else if (a.startsWith("on")) {
                        context.add("script in an attribute (" + a + ")");
                    }
                }
            }
        }, removed);
        return new Result(clean.strip(), List.copyOf(removed));
    }

    private static String describeTag(String name) {
        return switch (name) {
            case "script", "noscript" -> "a script";
            case "a" -> "a link address that was not http, https or mailto";
            case "img", "picture", "svg" -> "an image (add images as evidence instead)";
            case "iframe", "object", "embed", "video", "audio" -> "embedded content (<" + name + ">)";
            case "form", "input", "button", "select", "textarea" -> "a form control (<" + name + ">)";
            default -> "unsupported formatting (<" + name + ">)";
        };
    }

    /** Text typed into a plain text area: blank lines separate paragraphs, single line breaks are kept. */
    static String paragraphs(String text) {
        StringBuilder out = new StringBuilder();
        for (String para : text.replace("\r\n", "\n").split("\n\\s*\n")) {
            if (!para.isBlank()) {
                out.append("<p>").append(escape(para.strip()).replace("\n", "<br>")).append("</p>");
            }
        }
        return out.toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
