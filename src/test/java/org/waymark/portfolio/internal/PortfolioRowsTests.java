package org.waymark.portfolio.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.waymark.account.People;
import org.waymark.account.Role;
import org.waymark.portfolio.Portfolios;
import org.waymark.support.WaymarkTest;

/**
 * {@link PortfolioRows} reads a portfolio, and reads (with its portfolio) and writes a section, as the Spring Data repositories do, field by
 * field with every field set: a column added to {@link Portfolio} or {@link PortfolioSection} and not to its SQL fails
 * here.
 */
@WaymarkTest
class PortfolioRowsTests {

    @Autowired
    PortfolioRows rows;
    @Autowired
    SectionRepository sections;
    @Autowired
    PortfolioRepository portfolioRepository;
    @Autowired
    PortfolioService service;
    @Autowired
    Portfolios portfolios;
    @Autowired
    People people;
    @Autowired
    JdbcClient jdbc;

    UUID owner;
    UUID portfolio;
    UUID section;

    @BeforeEach
    void aSectionWithEveryFieldSet() {
        owner = people.createVerified("Rowan Rows", UUID.randomUUID() + "@example.org", "a-long-password-1", Role.CANDIDATE).id();
        portfolio = portfolios.start(owner, "cmalt");
        section = service.sections(portfolio).getFirst().getId();
        long version = sections.findById(section).orElseThrow().getVersion();
        service.save(owner, section, new SectionDraft("A title", "<p>Described here</p>", "<p>Reflected</p>", "<p>Shown</p>",
                Set.of("explore", "communicate"), null), version, SaveMode.SAVE);
        jdbc.sql("UPDATE portfolio_section SET copied_from_date = ?, text_cuts = '12.14.3,9.9.2||' WHERE id = ?")
                .params(Timestamp.from(Instant.parse("2025-06-01T10:15:30.123456Z")), section).update();
    }

    @Test
    void aPortfolioIsReadAsTheRepositoryReadsIt() {
        UUID progressed = portfolios.start(owner, "cmalt");
        jdbc.sql("UPDATE portfolio SET progressed_from = ?, declaration_signed_at = ?, suggested_assessor_name = 'Ada Assessor',"
                        + " suggested_assessor_email = 'ada@example.org' WHERE id = ?")
                .params(progressed, Timestamp.from(Instant.parse("2026-11-02T08:00:00.000001Z")), portfolio).update();
        Portfolio expected = portfolioRepository.findById(portfolio).orElseThrow();
        assertThat(expected).as("every field set, so the comparison covers every field").hasNoNullFieldsOrProperties();

        assertThat(rows.portfolio(portfolio)).get().usingRecursiveComparison().isEqualTo(expected);
        assertThat(rows.portfolio(UUID.randomUUID())).isEmpty();
    }

    @Test
    void aSectionIsReadAsTheRepositoryReadsIt() {
        PortfolioSection expected = sections.findById(section).orElseThrow();
        assertThat(expected).as("every field set, so the comparison covers every field").hasNoNullFieldsOrProperties();

        SectionToSave loaded = rows.sectionToSave(portfolio, section).orElseThrow();

        assertThat(loaded.section()).usingRecursiveComparison().isEqualTo(expected);
        assertThat(loaded.lastRevisionAt()).isEqualTo(jdbc.sql("SELECT MAX(created_at) FROM section_revision WHERE section_id = ?")
                .param(section).query(Timestamp.class).single().toInstant());
        assertThat(loaded.evidenceLinks()).isZero();
    }

    @Test
    void aSectionToSaveBringsItsPortfolioAsTheRepositoryReadsIt() {
        jdbc.sql("UPDATE portfolio SET progressed_from = ?, declaration_signed_at = ?, suggested_assessor_name = 'Ada Assessor',"
                        + " suggested_assessor_email = 'ada@example.org' WHERE id = ?")
                .params(portfolios.start(owner, "cmalt"), Timestamp.from(Instant.parse("2026-11-02T08:00:00.000001Z")), portfolio)
                .update();
        Portfolio expected = portfolioRepository.findById(portfolio).orElseThrow();
        assertThat(expected).as("every field set, so the comparison covers every field").hasNoNullFieldsOrProperties();

        assertThat(rows.sectionToSave(portfolio, section).orElseThrow().portfolio()).usingRecursiveComparison().isEqualTo(expected);
        assertThat(service.findSectionToSave(as(owner), portfolio, section).orElseThrow().portfolio())
                .usingRecursiveComparison().isEqualTo(expected);
    }

    @Test
    void aSectionToSaveIsFoundOnlyForSomeoneWhoMayEditItsPortfolio() {
        UUID stranger = people.createVerified("Sam Stranger", UUID.randomUUID() + "@example.org", "a-long-password-1",
                Role.CANDIDATE).id();
        assertThat(service.findSectionToSave(as(owner), portfolio, section)).get()
                .extracting(found -> found.section().getId()).isEqualTo(section);
        assertThat(service.findSectionToSave(as(stranger), portfolio, section)).as("another candidate").isEmpty();
        assertThat(service.findSectionToSave(as(owner), portfolios.start(owner, "cmalt"), section))
                .as("a section of another portfolio of the same owner").isEmpty();
        assertThat(service.findSectionToSave(as(owner), portfolio, UUID.randomUUID())).as("no such section").isEmpty();
    }

    private static Authentication as(UUID person) {
        return UsernamePasswordAuthenticationToken.authenticated(person.toString(), null,
                AuthorityUtils.createAuthorityList(Role.CANDIDATE.authority()));
    }

    @Test
    void onPostgresqlALongDescriptionStaysInTheSectionRowRatherThanInToastChunks() {
        assumeTrue("postgres".equals(System.getProperty("waymark.test.db")), "PostgreSQL's storage only");
        String toast = jdbc.sql("SELECT reltoastrelid::regclass::text FROM pg_class WHERE oid = 'portfolio_section'::regclass")
                .query(String.class).single();
        long chunksBefore = jdbc.sql("SELECT COUNT(*) FROM " + toast).query(Long.class).single();
        PortfolioSection section = rows.sectionToSave(portfolio, this.section).orElseThrow().section();
        section.write(new SectionContent(null, wordsThatCompressLikeProse(1_500), "", "", Set.of()), new WordCounts(1_500, 0, 0),
                Instant.now());
        rows.updateSection(section, section.getVersion());

        int stored = jdbc.sql("SELECT pg_column_size(description) FROM portfolio_section WHERE id = ?").param(this.section)
                .query(Integer.class).single();
        assertThat(stored).as("compressed, and past the 2 KB at which PostgreSQL would move it out by default")
                .isBetween(2_100, 8_000);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM " + toast).query(Long.class).single()).as("TOAST chunks").isEqualTo(chunksBefore);
    }

    /** Words drawn from a few hundred made-up ones: about half their size compressed, as a long description is. */
    private static String wordsThatCompressLikeProse(int count) {
        java.util.Random random = new java.util.Random(7);
        String[] vocabulary = new String[300];
        for (int i = 0; i < vocabulary.length; i++) {
            StringBuilder word = new StringBuilder();
            for (int letters = 3 + random.nextInt(7); letters > 0; letters--) {
                word.append((char) ('a' + random.nextInt(26)));
            }
            vocabulary[i] = word.toString();
        }
        StringBuilder text = new StringBuilder("<p>");
        for (int i = 0; i < count; i++) {
            text.append(i == 0 ? "" : " ").append(vocabulary[random.nextInt(vocabulary.length)]);
        }
        return text.append("</p>").toString();
    }

    @Test
    void aSectionOfAnotherPortfolioIsNotFound() {
        UUID other = portfolios.start(owner, "cmalt");
        assertThat(rows.sectionToSave(other, section)).isEmpty();
        assertThat(rows.sectionToSave(portfolio, UUID.randomUUID())).isEmpty();
    }

    @Test
    void aSectionWithoutRevisionsOrStoredCountsReadsAsNullsThatCountWhenAsked() {
        jdbc.sql("DELETE FROM section_revision WHERE section_id = ?").param(section).update();
        jdbc.sql("UPDATE portfolio_section SET description_words = NULL, reflection_words = NULL, evidence_words = NULL WHERE id = ?")
                .param(section).update();
        SectionToSave loaded = rows.sectionToSave(portfolio, section).orElseThrow();
        assertThat(loaded.lastRevisionAt()).isNull();
        assertThat(loaded.section().descriptionWords()).isNull();
        assertThat(loaded.section().wordCounts()).isEqualTo(new WordCounts(2, 1, 1));
    }

    @Test
    void anUpdateWritesWhatASaveChangesAndMovesTheVersionOnAsTheRepositoryWould() {
        PortfolioSection section = rows.sectionToSave(portfolio, this.section).orElseThrow().section();
        long version = section.getVersion();
        Instant now = Instant.parse("2026-12-01T09:30:00.654321Z");
        section.write(new SectionContent("New title", "<p>New words here</p>", "<p>More</p>", "", Set.of("reflect")),
                new WordCounts(3, 1, 0), now);
        section.markRevised(now.plus(1, ChronoUnit.MINUTES));

        rows.updateSection(section, version);

        assertThat(section.getVersion()).isEqualTo(version + 1);
        assertThat(sections.findById(this.section).orElseThrow()).usingRecursiveComparison().isEqualTo(section);
    }

    @Test
    void anUpdateAtAVersionNoLongerStoredChangesNothing() {
        PortfolioSection section = rows.sectionToSave(portfolio, this.section).orElseThrow().section();
        long version = section.getVersion();
        jdbc.sql("UPDATE portfolio_section SET version = version + 1 WHERE id = ?").param(this.section).update();
        section.write(new SectionContent(null, "<p>Stale</p>", "", "", Set.of()), new WordCounts(1, 0, 0), Instant.now());

        assertThatThrownBy(() -> rows.updateSection(section, version)).isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(sections.findById(this.section).orElseThrow().getDescription()).isEqualTo("<p>Described here</p>");
    }
}
