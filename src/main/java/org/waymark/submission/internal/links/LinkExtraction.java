package org.waymark.submission.internal.links;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.owasp.html.HtmlSanitizer;
import org.waymark.portfolio.PortfolioSnapshot;

/**
 * Finds every web link in a submission: the {@code href} of each link in a section's text and web addresses
 * typed as plain text, each link-type evidence item's address, an external portfolio's address and the section
 * map's locations that are addresses. Each is normalised (http and https only, no #fragment, host in lower case)
 * and listed once per submission, with the first place it was found ("1a Planning: description") and how many
 * other places name it. Pure: nothing is fetched.
 * <p>
 * The section text is parsed by the OWASP sanitiser's HTML lexer, the same one that cleaned it when it was saved
 * (ADR 0003), so entities and odd markup are read exactly as the sanitiser understood them.
 */
final class LinkExtraction {

    /** The longest address the {@code submission_link} table keeps; a longer one is not listed. */
    static final int MAX_URL_LENGTH = 2000;
    static final int MAX_FOUND_IN_LENGTH = 300;

    /** A web address typed as text: up to the next space, angle bracket or quote. Trailing punctuation is trimmed. */
    private static final Pattern ADDRESS_IN_TEXT = Pattern.compile("(?i)\\bhttps?://[^\\s<>\"']+");
    private static final String TRAILING_PUNCTUATION = ".,;:!?)]}*";

    private LinkExtraction() {
    }

    /** A row of an external portfolio's section map: the section's heading and where it is (a link or a description). */
    record SectionLocation(String heading, String location) {
    }

    /** Every link in a frozen Waymark portfolio, in the order an assessor reads it. */
    static List<FoundLink> from(PortfolioSnapshot snapshot) {
        Places places = new Places();
        for (PortfolioSnapshot.Section section : snapshot.sections()) {
            String name = sectionName(section);
            places.addAll(inHtml(section.description()), name + ": description");
            places.addAll(inHtml(section.reflection()), name + ": reflection");
            places.addAll(inHtml(section.evidence()), name + ": evidence");
        }
        for (PortfolioSnapshot.Evidence evidence : snapshot.evidence()) {
            String name = "Evidence: " + (blank(evidence.title()) ? "untitled" : evidence.title().strip());
            if (evidence.url() != null) {
                places.add(evidence.url(), name);
            }
            places.addAll(inHtml(evidence.description()), name + " (description)");
        }
        return places.links();
    }

    /** Every link of a portfolio kept elsewhere: its address and the section map's locations. */
    static List<FoundLink> fromExternal(String externalUrl, List<SectionLocation> sectionMap) {
        Places places = new Places();
        if (externalUrl != null) {
            places.add(externalUrl, "External portfolio");
        }
        for (SectionLocation row : sectionMap) {
            String name = "Section map: " + (blank(row.heading()) ? "untitled" : row.heading().strip());
            if (normalise(row.location()).isPresent()) {
                places.add(row.location(), name);
            } else {
                places.addAll(inText(row.location()), name);
            }
        }
        return places.links();
    }

    /** Link targets and addresses typed as text in a piece of stored portfolio HTML, in document order. */
    static List<String> inHtml(String html) {
        if (blank(html)) {
            return List.of();
        }
        List<String> found = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        HtmlSanitizer.sanitize(html, new HtmlSanitizer.Policy() {
            @Override
            public void openDocument() {
            }

            @Override
            public void closeDocument() {
                flushText();
            }

            @Override
            public void openTag(String element, List<String> attributes) {
                flushText();
                if ("a".equals(element)) {
                    for (int i = 0; i + 1 < attributes.size(); i += 2) {
                        if ("href".equals(attributes.get(i))) {
                            found.add(attributes.get(i + 1));
                        }
                    }
                }
            }

            @Override
            public void closeTag(String element) {
                flushText();
            }

            @Override
            public void text(String chunk) {
                text.append(chunk);
            }

            private void flushText() {
                found.addAll(inText(text.toString()));
                text.setLength(0);
            }
        });
        return found;
    }

    /** Web addresses written out in plain text, without the punctuation that ends a sentence around them. */
    static List<String> inText(String text) {
        if (blank(text)) {
            return List.of();
        }
        List<String> found = new ArrayList<>();
        Matcher matcher = ADDRESS_IN_TEXT.matcher(text);
        while (matcher.find()) {
            found.add(trimTrailingPunctuation(matcher.group()));
        }
        return found;
    }

    private static String trimTrailingPunctuation(String address) {
        String result = address;
        while (!result.isEmpty() && TRAILING_PUNCTUATION.indexOf(result.charAt(result.length() - 1)) >= 0) {
            char last = result.charAt(result.length() - 1);
            // "(see https://en.wikipedia.org/wiki/Foo_(bar))": keep a closing bracket the address opened.
            if (last == ')' && count(result, '(') >= count(result, ')')) {
                break;
            }
            result = result.substring(0, result.length() - 1);
        }
        return result;
    }

    /**
     * The address as Waymark checks and lists it, or empty when it is not an absolute http(s) address with a host:
     * scheme and host in lower case (an internationalised host in its ASCII form), no #fragment (browsers never
     * send it), everything else as written.
     */
    static Optional<String> normalise(String address) {
        if (blank(address)) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(address.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.isOpaque() || uri.getRawAuthority() == null) {
                return Optional.empty();
            }
            String authority = uri.getRawAuthority().substring(uri.getRawAuthority().lastIndexOf('@') + 1);
            if (uri.getHost() == null) {
                // An internationalised host ("bücher.example") is not a server-based authority to java.net.URI.
                Matcher hostAndPort = Pattern.compile("([^:\\[\\]]+)(:\\d*)?").matcher(authority);
                if (!hostAndPort.matches()) {
                    return Optional.empty();
                }
                authority = IDN.toASCII(hostAndPort.group(1), IDN.ALLOW_UNASSIGNED)
                        + (hostAndPort.group(2) == null ? "" : hostAndPort.group(2));
            }
            // Rebuilt from the raw parts, so that escapes such as %2F and %26 keep their meaning. Any user name and
            // password are left out: Waymark never sends credentials someone wrote into a link.
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            URI rebuilt = new URI(scheme + "://" + authority.toLowerCase(Locale.ROOT) + path
                    + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
            if (rebuilt.getHost() == null || rebuilt.getHost().isEmpty()) {
                return Optional.empty();
            }
            String result = rebuilt.toASCIIString();
            return result.length() > MAX_URL_LENGTH ? Optional.empty() : Optional.of(result);
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String sectionName(PortfolioSnapshot.Section section) {
        String label = section.label() == null ? "" : section.label().strip();
        String title = section.title() == null ? "" : section.title().strip();
        String name = (label + " " + title).strip();
        return name.isEmpty() ? "Section " + (section.position() + 1) : name;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static int count(String s, char c) {
        return (int) s.chars().filter(ch -> ch == c).count();
    }

    /** Links in the order first found, each with every place that named it. */
    private static final class Places {

        private final Map<String, List<String>> placesByUrl = new LinkedHashMap<>();

        void add(String address, String place) {
            normalise(address).ifPresent(url -> {
                List<String> places = placesByUrl.computeIfAbsent(url, u -> new ArrayList<>());
                if (!places.contains(place)) {
                    places.add(place);
                }
            });
        }

        void addAll(List<String> addresses, String place) {
            addresses.forEach(address -> add(address, place));
        }

        List<FoundLink> links() {
            return placesByUrl.entrySet().stream().map(e -> new FoundLink(e.getKey(), describe(e.getValue()))).toList();
        }

        private static String describe(List<String> places) {
            int others = places.size() - 1;
            String more = switch (others) {
                case 0 -> "";
                case 1 -> " (and 1 other place)";
                default -> " (and " + others + " other places)";
            };
            String first = places.getFirst();
            int room = MAX_FOUND_IN_LENGTH - more.length();
            return (first.length() > room ? first.substring(0, room - 1) + "…" : first) + more;
        }
    }
}
