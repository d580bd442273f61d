package org.waymark.export.internal;

import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Element;
import org.w3c.dom.Document;

/**
 * HTML as the W3C DOM the PDF renderer reads. The renderer wants well-formed XHTML; Thymeleaf's HTML mode and the
 * portfolio's sanitised rich text are HTML ({@code <br>}, {@code &nbsp;}, unclosed {@code <p>}), so jsoup parses it
 * the way a browser would and converts the result, rather than trusting it to be XML.
 */
public final class XhtmlDocuments {

    private XhtmlDocuments() {
    }

    public static Document of(String html) {
        org.jsoup.nodes.Document parsed = Jsoup.parse(html);
        // PDF/UA: every link annotation needs a description; a link's own words are the one a reader hears.
        for (Element link : parsed.select("a[href]")) {
            if (link.attr("title").isBlank()) {
                link.attr("title", link.text().isBlank() ? link.attr("href") : link.text());
            }
        }
        // The renderer reads the outline from <head>; an HTML parser moves the unknown <bookmarks> into the body.
        for (Element bookmarks : parsed.body().select("bookmarks")) {
            parsed.head().appendChild(bookmarks);
        }
        return W3CDom.convert(parsed);
    }
}
