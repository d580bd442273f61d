package org.waymark.submission.internal.links;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.waymark.portfolio.PortfolioSnapshot;
import org.waymark.submission.internal.links.LinkExtraction.SectionLocation;

class LinkExtractionTests {

    private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");

    @Test
    void everyLinkInTheSectionsAndEvidenceIsFoundWithWhereItIs() {
        PortfolioSnapshot snapshot = snapshot(
                List.of(section(0, "1a", "Constraints and benefits",
                                "<p>See <a href=\"https://example.org/policy\" rel=\"noopener noreferrer\">our policy</a>.</p>",
                                "<p>I reflected on https://blog.example.org/post-1.</p>",
                                "<ul><li><a href=\"http://evidence.example.org/a?x=1&amp;y=2\">a</a></li></ul>"),
                        section(1, "2", "Teaching, learning and assessment", null, "<p>No links here.</p>", "")),
                List.of(evidence("Module handbook", "LINK", "https://vle.example.ac.uk/handbook", null),
                        evidence("Observation notes", "FILE", null, "Written up at https://notes.example.org/obs")));

        assertThat(LinkExtraction.from(snapshot)).containsExactly(
                new FoundLink("https://example.org/policy", "1a Constraints and benefits: description"),
                new FoundLink("https://blog.example.org/post-1", "1a Constraints and benefits: reflection"),
                new FoundLink("http://evidence.example.org/a?x=1&y=2", "1a Constraints and benefits: evidence"),
                new FoundLink("https://vle.example.ac.uk/handbook", "Evidence: Module handbook"),
                new FoundLink("https://notes.example.org/obs", "Evidence: Observation notes (description)"));
    }

    @Test
    void aLinkNamedInSeveralPlacesIsListedOnceWithTheFirstPlaceAndHowManyOthers() {
        PortfolioSnapshot snapshot = snapshot(
                List.of(section(0, "1a", "Planning", "<p><a href=\"https://example.org/x\">x</a> https://example.org/x</p>",
                                "<p><a href=\"https://EXAMPLE.org/x#part-2\">again</a></p>", null),
                        section(1, "1b", "Reflection", "<p><a href=\"https://example.org/x\">x</a></p>", null, null)),
                List.of(evidence("The same page", "LINK", "https://example.org/x", null)));

        assertThat(LinkExtraction.from(snapshot)).containsExactly(
                new FoundLink("https://example.org/x", "1a Planning: description (and 3 other places)"));
    }

    @Test
    void onlyWebLinksAreFound() {
        String html = "<p><a href=\"mailto:me@example.org\">me</a> <a href=\"ftp://files.example.org/a\">f</a>"
                + " <a href=\"/relative\">r</a> <a href=\"javascript:alert(1)\">j</a> <a>no target</a>"
                + " <a href=\"https://ok.example.org\">ok</a></p>";
        assertThat(LinkExtraction.inHtml(html).stream().flatMap(a -> LinkExtraction.normalise(a).stream()).toList())
                .containsExactly("https://ok.example.org/");
    }

    @Test
    void entitiesInTheHtmlAreReadAsTheCharactersTheyStandFor() {
        assertThat(LinkExtraction.inHtml("<p><a href=\"https://example.org/?a=1&amp;b=2\">x</a> https://example.org/t?c=3&amp;d=4</p>"))
                .containsExactly("https://example.org/?a=1&b=2", "https://example.org/t?c=3&d=4");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Read https://example.org/page.                   | https://example.org/page",
            "(see https://example.org/page)                    | https://example.org/page",
            "https://en.wikipedia.org/wiki/Foo_(bar), then    | https://en.wikipedia.org/wiki/Foo_(bar)",
            "at https://example.org/a?b=c; and                 | https://example.org/a?b=c",
            "HTTPS://Example.ORG/Path!                         | HTTPS://Example.ORG/Path"})
    void addressesTypedAsTextLoseTheSentencesPunctuation(String text, String address) {
        assertThat(LinkExtraction.inText(text)).containsExactly(address);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "HTTPS://Example.ORG/Path?Q=1#frag   | https://example.org/Path?Q=1",
            "https://example.org                 | https://example.org/",
            "http://example.org:8080/a%2Fb?x=%26 | http://example.org:8080/a%2Fb?x=%26",
            "https://user:secret@example.org/p   | https://example.org/p",
            "https://bücher.example/straße       | https://xn--bcher-kva.example/stra%C3%9Fe",
            "  https://example.org/trimmed  | https://example.org/trimmed"})
    void addressesAreNormalisedForCheckingAndListing(String address, String normal) {
        assertThat(LinkExtraction.normalise(address)).contains(normal);
    }

    @ParameterizedTest
    @ValueSource(strings = {"mailto:a@example.org", "ftp://example.org/", "/relative/path", "https://", "https:///path",
            "https://exa mple.org/", "javascript:alert(1)", "example.org/page", "file:///etc/passwd"})
    void whatIsNotAnAbsoluteWebAddressIsNotListed(String address) {
        assertThat(LinkExtraction.normalise(address)).isEmpty();
    }

    @Test
    void anAddressTooLongToKeepIsNotListed() {
        assertThat(LinkExtraction.normalise("https://example.org/" + "a".repeat(2000))).isEmpty();
    }

    @Test
    void anExternalPortfolioHasItsAddressAndTheSectionMapsAddressesChecked() {
        List<FoundLink> links = LinkExtraction.fromExternal("https://portfolio.example.org/me",
                List.of(new SectionLocation("1 Operational issues", "https://portfolio.example.org/me/operational"),
                        new SectionLocation("2 Teaching", "Heading 'Teaching' on the first page"),
                        new SectionLocation("3 Wider context", "Page 4, also at https://portfolio.example.org/me/wider.")));

        assertThat(links).containsExactly(
                new FoundLink("https://portfolio.example.org/me", "External portfolio"),
                new FoundLink("https://portfolio.example.org/me/operational", "Section map: 1 Operational issues"),
                new FoundLink("https://portfolio.example.org/me/wider", "Section map: 3 Wider context"));
    }

    @Test
    void anExternalPortfolioInOneFileHasOnlyItsSectionMapChecked() {
        assertThat(LinkExtraction.fromExternal(null, List.of(new SectionLocation("1", "page 3")))).isEmpty();
    }

    @Test
    void aVeryLongPlaceIsShortenedToFitItsColumn() {
        String title = "T".repeat(400);
        PortfolioSnapshot snapshot = snapshot(List.of(), List.of(evidence(title, "LINK", "https://example.org/", null),
                evidence("Another", "LINK", "https://example.org/", null)));
        String foundIn = LinkExtraction.from(snapshot).getFirst().foundIn();
        assertThat(foundIn).hasSize(LinkExtraction.MAX_FOUND_IN_LENGTH).startsWith("Evidence: TTT").endsWith("… (and 1 other place)");
    }

    private static PortfolioSnapshot snapshot(List<PortfolioSnapshot.Section> sections, List<PortfolioSnapshot.Evidence> evidence) {
        return new PortfolioSnapshot(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "core", "2026.1", NOW, null, null,
                NOW, true, sections, evidence);
    }

    private static PortfolioSnapshot.Section section(int position, String label, String title, String description,
                                                     String reflection, String evidence) {
        return new PortfolioSnapshot.Section(UUID.randomUUID(), "s" + position, position, label, title, description, reflection,
                evidence, Set.of(), null, NOW, List.of());
    }

    private static PortfolioSnapshot.Evidence evidence(String title, String kind, String url, String description) {
        return new PortfolioSnapshot.Evidence(UUID.randomUUID(), kind, title, description, url, null, null, null, null, null,
                true, NOW);
    }
}
