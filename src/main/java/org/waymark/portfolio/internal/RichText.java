package org.waymark.portfolio.internal;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.owasp.html.Handler;
import org.owasp.html.HtmlChangeListener;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.HtmlSanitizer;
import org.owasp.html.HtmlStreamRenderer;
import org.owasp.html.PolicyFactory;

/**
 * The one format portfolio text is stored in: a small, safe subset of HTML (ADR 0003). Whatever arrives
 * (the rich editor, a paste from Word or Google Docs, or a plain text area without JavaScript) is reduced
 * to it here, on the server, and its block structure is put right ({@link RichTextStructure}: no paragraphs
 * inside headings, no headings inside lists or tables). The caller is told what was removed when it matters
 * to the writer.
 */
public final class RichText {

    /** Sanitised HTML plus a readable list of what was taken out that the writer would want to know about. */
    public record Result(String html, List<String> removed) {
    }

    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,2}");
    private static final Pattern HAS_MARKUP = Pattern.compile("<[a-zA-Z/!]");
    /** Word's fake list bullets ("·" and spaces in a conditional comment); the item's text follows them. */
    private static final Pattern WORD_LIST_BULLET = Pattern.compile("<!\\[if !supportLists\\]>(.*?)<!\\[endif\\]>",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    /** A Word list item: a paragraph styled {@code mso-list:l0 level1 lfo1}, not a real list. */
    private static final Pattern WORD_LIST_ITEM = Pattern.compile("<p\\b[^>]*mso-list:\\s*l\\d[^>]*>(.*?)</p>\\s*",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMBERING = Pattern.compile("[0-9a-zA-Z]{1,5}[.)]");
    private static final Pattern HEADING_TAG = Pattern.compile("<(/?)h([1-6])(?=[\\s>])", Pattern.CASE_INSENSITIVE);

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "h2", "h3", "h4", "strong", "em", "b", "i", "u", "s", "ul", "ol", "li",
                    "blockquote", "table", "thead", "tbody", "tfoot", "tr", "th", "td", "caption", "code", "pre", "hr")
            .allowElements((name, attrs) -> "h2", "h1")
            .allowElements((name, attrs) -> "h4", "h5", "h6")
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
            "col", "sup", "sub", "h1", "h5", "h6", "div", "html", "head", "body", "title", "google-sheets-html-origin", "w:sdt", "w:sdtpr");

    private RichText() {
    }

    public static Result sanitise(String input) {
        if (input == null || input.isBlank()) {
            return new Result("", List.of());
        }
        String html = HAS_MARKUP.matcher(input).find() ? wordLists(input) : paragraphs(input);
        Set<String> removed = new TreeSet<>();
        return new Result(clean(html, removed).strip(), List.copyOf(removed));
    }

    /**
     * The sanitiser's own pass over markup already through {@link #wordLists}: the safe HTML, not stripped, with what
     * it took out added to {@code removed}. {@link BlockwiseSanitiser} runs it on one top-level block at a time.
     */
    static String clean(String html, Set<String> removed) {
        StringBuilder clean = new StringBuilder(html.length());
        RichTextStructure structure = new RichTextStructure(HtmlStreamRenderer.create(clean, Handler.DO_NOTHING));
        HtmlSanitizer.sanitize(html, POLICY.apply(structure, new HtmlChangeListener<Set<String>>() {
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
        }, removed));
        return clean.toString();
    }

    /**
     * Stored text as a page shows it: the candidate's headings sit below the section (h2) and its part (h3), so a
     * stored h2 is shown as h4, h3 as h5 and h4 as h6 (h1 would be h4, and nothing goes below h6). Every page that
     * prints portfolio text, and the editor, use this one mapping; what is stored keeps its own levels.
     */
    public static String forReading(String storedHtml) {
        if (storedHtml == null || storedHtml.isEmpty()) {
            return "";
        }
        return HEADING_TAG.matcher(storedHtml).replaceAll(m -> "<" + m.group(1) + "h" + shownLevel(Integer.parseInt(m.group(2))));
    }

    static int shownLevel(int storedLevel) {
        return Math.min(6, Math.max(4, storedLevel + 2));
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

    /**
     * Word pastes a list as paragraphs with a bullet or number in a conditional comment. Consecutive ones become
     * a real list ({@code ol} when numbered), their bullets dropped.
     */
    static String wordLists(String html) {
        if (!containsIgnoreCase(html, "mso-list") && !containsIgnoreCase(html, "supportlists")) {
            return html; // nothing pasted from Word: neither expression below can match (every autosave passes here)
        }
        Matcher item = WORD_LIST_ITEM.matcher(html);
        StringBuilder out = new StringBuilder();
        int last = 0;
        String openList = null;
        while (item.find()) {
            if (openList != null && item.start() != last) {
                out.append("</").append(openList).append('>');
                openList = null;
            }
            out.append(html, last, item.start());
            Matcher bullet = WORD_LIST_BULLET.matcher(item.group(1));
            String marker = bullet.find() ? bullet.group(1).replaceAll("<[^>]*>", "").replace("&nbsp;", " ").strip() : "";
            String kind = NUMBERING.matcher(marker).matches() ? "ol" : "ul";
            if (!kind.equals(openList)) {
                if (openList != null) {
                    out.append("</").append(openList).append('>');
                }
                out.append('<').append(kind).append('>');
                openList = kind;
            }
            out.append("<li>").append(WORD_LIST_BULLET.matcher(item.group(1)).replaceAll("")).append("</li>");
            last = item.end();
        }
        if (openList != null) {
            out.append("</").append(openList).append('>');
        }
        out.append(html, last, html.length());
        return WORD_LIST_BULLET.matcher(out).replaceAll("");
    }

    /** Whether {@code text} contains {@code word} (given in lower case) in any case, without a lower-cased copy of it. */
    static boolean containsIgnoreCase(String text, String word) {
        char lower = word.charAt(0);
        char upper = Character.toUpperCase(lower);
        for (int i = 0, last = text.length() - word.length(); i <= last; i++) {
            char c = text.charAt(i);
            if ((c == lower || c == upper) && text.regionMatches(true, i, word, 0, word.length())) {
                return true;
            }
        }
        return false;
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
