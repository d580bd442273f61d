package org.waymark.portfolio.internal;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.waymark.portfolio.AccessibilityAdviceSummary;
import org.waymark.portfolio.evidence.EvidenceKind;
import org.waymark.portfolio.evidence.EvidenceSummary;
import org.waymark.portfolio.evidence.internal.ContentCheck;

/**
 * The candidate's own accessibility check of their portfolio: advice, never a gate (nothing refuses a submission
 * because of it). Pure: the portfolio's text and evidence in, findings grouped by section out, each with a short
 * quote, what to do, and the path of the place to change it. See {@code docs/accessibility-advice.md}.
 * <p>
 * What it looks for, and where the lines are drawn:
 * <ul>
 *   <li><b>Images without alternative text</b>: an image evidence file (or a link straight to an image file) whose
 *   alternative text is blank, a file name ("IMG_1234.jpg", "Screenshot 2026-03-01 at 10.15.png", the item's own
 *   file name) or one generic word ("image", "photo", "screenshot"). Portfolio text cannot hold images: the
 *   sanitiser removes them ({@link RichText}).</li>
 *   <li><b>Headings out of order</b>: a part's first heading below the top level (the editor's Heading button
 *   makes a top-level one), or a heading more than one level below the heading before it. Going back up any
 *   number of levels is fine.</li>
 *   <li><b>Links whose words say nothing</b>: "click here", "here", "read more", "this link", "link" and the like
 *   ({@link AccessibilityAdviceText#VAGUE_LINK_TEXT}), a link with no words, or a bare web address as the words.
 *   An email address as a mailto link's words is fine.</li>
 *   <li><b>Long passages in italics</b>: more than {@value AccessibilityAdviceText#ITALIC_RUN_WORDS} words in a row
 *   in italics, or (when no such run is found) more than half of a part's words in italics once that is at least
 *   {@value AccessibilityAdviceText#ITALIC_SHARE_MIN_WORDS} words. Italics are harder to read for dyslexic readers;
 *   a short quotation or a title in italics is fine.</li>
 *   <li><b>Long passages in capitals</b>: more than {@value AccessibilityAdviceText#CAPITALS_RUN_WORDS} words in a
 *   row written in capitals (words of two or more letters with no lower-case letter; single letters and numbers
 *   neither count nor break a run). An acronym on its own ("VLE", "CMALT") is never flagged.</li>
 *   <li><b>Media without a transcript</b>: an audio or video evidence file, or a link to audio or video (YouTube,
 *   Vimeo and similar sites, or an address ending in a media file type), with no transcript. The upload form
 *   already asks for one for new files; links and older items may lack it. Links to video inside the text are not
 *   checked: Waymark cannot tell whether the page linked has captions.</li>
 * </ul>
 */
public record AccessibilityAdvice(UUID portfolioId, List<Group> groups) {

    /** What a finding is about, as the page names it. */
    public enum Kind {
        IMAGE_TEXT("Image without useful alternative text"),
        HEADING_ORDER("Heading out of order"),
        LINK_TEXT("Link words that say nothing"),
        ITALICS("Long passage in italics"),
        CAPITALS("Long passage in capitals"),
        TRANSCRIPT("Audio or video without a transcript");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * One suggestion. {@code place} names the part ("Reflection") or "Evidence item"; {@code path} is where the owner
     * changes it (the section editor at the part, the evidence item's change page at its alternative text), and
     * {@code readingPath} where someone who may only read the portfolio can see it.
     */
    public record Finding(Kind kind, String place, String quote, String advice, String path, String readingPath) {
    }

    /** The findings of one section, or of the evidence items, in the order they occur. */
    public record Group(String heading, List<Finding> findings) {
    }

    /** One text part of a section as stored: {@code key} is the field (description, reflection, evidence). */
    public record Part(String key, String label, String html) {
    }

    /** One section's text parts, in the editor's order. */
    public record SectionText(UUID sectionId, String heading, List<Part> parts) {
    }

    static final String EVIDENCE_GROUP = "Evidence items";

    private static final Set<String> MEDIA_HOSTS = Set.of("youtube.com", "youtu.be", "youtube-nocookie.com", "vimeo.com",
            "dailymotion.com", "ted.com", "tiktok.com", "twitch.tv", "loom.com", "soundcloud.com", "mixcloud.com",
            "panopto.com", "panopto.eu", "kaltura.com", "mediaspace.kaltura.com", "stream.microsoft.com",
            "podbean.com", "anchor.fm", "spotify.com", "podcasts.apple.com", "wistia.com", "screencast.com");
    private static final Pattern MEDIA_FILE = Pattern.compile("(?i).*\\.(mp3|m4a|wav|ogg|oga|opus|aac|flac|mp4|m4v|webm|mov|avi|mkv)");
    private static final Pattern IMAGE_FILE = Pattern.compile("(?i).*\\.(jpe?g|png|gif|webp|heic|bmp|tiff?|svg)");
    /** Camera and screenshot names: "IMG_1234", "DSC01234", "PXL_20260301_101500", "Screenshot 2026-03-01 …". */
    private static final Pattern CAMERA_NAME = Pattern.compile(
            "(?i)(img|dsc|dscn|dcim|pxl|photo|image|screenshot|screen shot)[\\s_-]*\\d[\\d\\s_.:()-]*((at|am|pm)[\\d\\s_.:()-]*)*");
    private static final Set<String> GENERIC_ALT = Set.of("image", "picture", "photo", "photograph", "screenshot",
            "screen shot", "graphic", "img", "figure", "diagram", "chart", "logo", "icon");

    public int count() {
        return groups.stream().mapToInt(g -> g.findings().size()).sum();
    }

    public boolean isEmpty() {
        return count() == 0;
    }

    public String path() {
        return path(portfolioId);
    }

    public static String path(UUID portfolioId) {
        return "/portfolios/" + portfolioId + "/accessibility";
    }

    public AccessibilityAdviceSummary summary() {
        return new AccessibilityAdviceSummary(count(), path());
    }

    /** The check of a whole portfolio: its sections in checklist order, then its evidence items. */
    public static AccessibilityAdvice of(UUID portfolioId, Checklist checklist, List<EvidenceSummary> evidence) {
        List<SectionText> sections = new ArrayList<>();
        for (Checklist.Item item : checklist.sections()) {
            PortfolioSection section = item.section();
            List<Part> parts = item.definition().kind().isAssessed()
                    ? List.of(new Part("description", "Description", section.getDescription()),
                              new Part("reflection", "Reflection", section.getReflection()),
                              new Part("evidence", "Evidence", section.getEvidence()))
                    : List.of(new Part("description", item.definition().title(), section.getDescription()));
            sections.add(new SectionText(section.getId(), item.heading(), parts));
        }
        return check(portfolioId, sections, evidence);
    }

    public static AccessibilityAdvice check(UUID portfolioId, List<SectionText> sections, List<EvidenceSummary> evidence) {
        List<Group> groups = new ArrayList<>();
        String portfolio = "/portfolios/" + portfolioId;
        for (SectionText section : sections) {
            List<Finding> findings = new ArrayList<>();
            String editor = portfolio + "/sections/" + section.sectionId();
            for (Part part : section.parts()) {
                for (AccessibilityAdviceText.Problem problem : AccessibilityAdviceText.check(part.html())) {
                    String place = editor + "#" + part.key() + "-label";
                    findings.add(new Finding(kind(problem.rule()), part.label(), problem.quote(), problem.advice(), place, place));
                }
            }
            if (!findings.isEmpty()) {
                groups.add(new Group(section.heading(), List.copyOf(findings)));
            }
        }
        List<Finding> items = new ArrayList<>();
        for (EvidenceSummary item : evidence) {
            evidenceFinding(item, portfolio + "/evidence/" + item.id() + "/edit#accessibleText", portfolio + "/evidence")
                    .ifPresent(items::add);
        }
        if (!items.isEmpty()) {
            groups.add(new Group(EVIDENCE_GROUP, List.copyOf(items)));
        }
        return new AccessibilityAdvice(portfolioId, List.copyOf(groups));
    }

    private static Kind kind(AccessibilityAdviceText.Rule rule) {
        return switch (rule) {
            case HEADING_ORDER -> Kind.HEADING_ORDER;
            case LINK_TEXT -> Kind.LINK_TEXT;
            case ITALICS -> Kind.ITALICS;
            case CAPITALS -> Kind.CAPITALS;
        };
    }

    /** An image without useful alternative text, or audio or video without a transcript. */
    static Optional<Finding> evidenceFinding(EvidenceSummary item, String path, String readingPath) {
        String text = item.accessibleText() == null ? "" : item.accessibleText().strip();
        Medium medium = medium(item);
        String place = "Evidence item";
        String quote = item.title();
        if (medium == Medium.IMAGE) {
            if (text.isEmpty()) {
                return Optional.of(new Finding(Kind.IMAGE_TEXT, place, quote,
                        "This image has no alternative text. Describe what it shows that matters to your evidence, "
                                + "so that someone who cannot see it can assess it.", path, readingPath));
            }
            if (looksLikeFileName(text, item.fileName()) || GENERIC_ALT.contains(text.toLowerCase(Locale.ROOT).replaceAll("[.\\s]+$", ""))) {
                return Optional.of(new Finding(Kind.IMAGE_TEXT, place, quote + " (alternative text: \""
                        + AccessibilityAdviceText.quote(text) + "\")",
                        "The alternative text is a file name or a single word, which tells someone who cannot see the "
                                + "image nothing. Describe what it shows that matters to your evidence.", path, readingPath));
            }
        } else if ((medium == Medium.AUDIO || medium == Medium.VIDEO) && text.isEmpty()) {
            String what = medium == Medium.AUDIO ? "audio" : "video";
            String advice = item.kind() == EvidenceKind.LINK
                    ? "This link goes to " + what + " and has no transcript. Add a transcript (or, for a video, a "
                            + "description of what it shows) in its alternative text or transcript, or say there "
                            + "where the captions or transcript can be found."
                    : "This " + what + " file has no transcript. Add a transcript"
                            + (medium == Medium.VIDEO ? " or a description of what the video shows" : "")
                            + ", so that someone who cannot hear or see it can assess it.";
            return Optional.of(new Finding(Kind.TRANSCRIPT, place, quote, advice, path, readingPath));
        }
        return Optional.empty();
    }

    private enum Medium {
        IMAGE, AUDIO, VIDEO, OTHER
    }

    private static Medium medium(EvidenceSummary item) {
        if (item.kind() == EvidenceKind.FILE) {
            return switch (ContentCheck.categoryOf(item.contentType())) {
                case IMAGE -> Medium.IMAGE;
                case AUDIO -> Medium.AUDIO;
                case VIDEO -> Medium.VIDEO;
                case DOCUMENT -> Medium.OTHER;
            };
        }
        if (item.url() == null) {
            return Medium.OTHER;
        }
        URI uri;
        try {
            uri = URI.create(item.url().strip());
        } catch (IllegalArgumentException e) {
            return Medium.OTHER;
        }
        String path = uri.getPath() == null ? "" : uri.getPath();
        if (IMAGE_FILE.matcher(path).matches()) {
            return Medium.IMAGE;
        }
        if (MEDIA_FILE.matcher(path).matches()) {
            return path.matches("(?i).*\\.(mp3|m4a|wav|ogg|oga|opus|aac|flac)") ? Medium.AUDIO : Medium.VIDEO;
        }
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        for (String media : MEDIA_HOSTS) {
            if (host.equals(media) || host.endsWith("." + media)) {
                return Set.of("soundcloud.com", "mixcloud.com", "podbean.com", "anchor.fm", "spotify.com",
                        "podcasts.apple.com").contains(media) ? Medium.AUDIO : Medium.VIDEO;
            }
        }
        return Medium.OTHER;
    }

    static boolean looksLikeFileName(String text, String fileName) {
        return IMAGE_FILE.matcher(text).matches() || CAMERA_NAME.matcher(text.replaceFirst("\\.[a-zA-Z]{3,4}$", "")).matches()
                || (fileName != null && (text.equalsIgnoreCase(fileName) || text.equalsIgnoreCase(fileName.replaceFirst("\\.[^.]*$", ""))));
    }
}
