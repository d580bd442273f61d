package org.waymark.portfolio.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;
import org.springframework.web.util.HtmlUtils;
import org.waymark.portfolio.internal.Checklist;
import org.waymark.portfolio.internal.PortfolioSection;
import org.waymark.web.LayoutModel;

/**
 * The answer to a save made by htmx: only out-of-band pieces (the version, the save status, the section's status and
 * what it still misses, the sanitiser's notice), never the editor's text. Every autosave ends here, so the little
 * markup is written directly rather than through a template (rendering took about a tenth of an autosave's CPU); the
 * ids and the {@code hx-swap-oob} attributes are the ones {@code portfolio/section.html} has.
 */
final class AutosaveAnswer {

    private AutosaveAnswer() {
    }

    /**
     * @param noticeKnown whether the save says anything about the sanitiser's notice (a save of some parts says nothing
     *                    about what the others had removed: it leaves that notice as it is)
     */
    static void write(HttpServletResponse response, PortfolioSection section, Checklist.Item item, boolean autosave,
                      List<String> removed, boolean noticeKnown, LayoutModel.Times times) throws IOException {
        StringBuilder html = new StringBuilder(512);
        html.append("<input type=\"hidden\" name=\"version\" id=\"section-version\" value=\"").append(section.getVersion())
                .append("\" hx-swap-oob=\"true\">\n");
        html.append("<span id=\"save-status\" hx-swap-oob=\"innerHTML\">")
                .append(autosave ? "Saved at " : "Saved, with a revision, at ").append(escape(times.time(section.getUpdatedAt())))
                .append("</span>\n");
        html.append("<strong id=\"section-status\" class=\"tag ").append(item.status().cssClass()).append("\" hx-swap-oob=\"true\">")
                .append(escape(item.status().label())).append("</strong>\n");
        html.append("<ul id=\"section-missing\" hx-swap-oob=\"true\">");
        item.missing().forEach(m -> html.append("<li>").append(escape(m)).append("</li>"));
        item.warnings().forEach(w -> html.append("<li class=\"warning-text\">").append(escape(w)).append("</li>"));
        if (item.missing().isEmpty() && item.warnings().isEmpty()) {
            html.append("<li>Nothing: this section is ready.</li>");
        }
        html.append("</ul>\n");
        if (noticeKnown) {
            html.append("<div id=\"sanitiser-notice\" hx-swap-oob=\"true\">");
            if (removed != null && !removed.isEmpty()) {
                html.append("<div class=\"banner banner-warning\" role=\"note\">Some content could not be kept and was removed: ");
                for (int i = 0; i < removed.size(); i++) {
                    html.append(i == 0 ? "" : "; ").append(escape(removed.get(i)));
                }
                html.append(".</div>");
            }
            html.append("</div>\n");
        }
        response.setContentType(MediaType.TEXT_HTML_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8);
        response.getWriter().write(html.toString());
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, StandardCharsets.UTF_8.name());
    }
}
