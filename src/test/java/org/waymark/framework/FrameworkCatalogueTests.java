package org.waymark.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.NoSuchElementException;

import org.junit.jupiter.api.Test;

/** Which framework versions exist, which one new portfolios start on, and how a version is looked up. */
class FrameworkCatalogueTests {

    @Test
    void newPortfoliosStartOnTheCurrentVersionAndOlderOnesStayFindable() throws Exception {
        Framework shipped = FrameworkFileReaderTests.shipped();
        FrameworkCatalogue catalogue = new FrameworkCatalogue(Map.of("2026.1", shipped), shipped);
        assertThat(catalogue.current()).isSameAs(shipped);
        assertThat(catalogue.version("2026.1")).isSameAs(shipped);
        assertThat(catalogue.all()).containsExactly(shipped);
        assertThatThrownBy(() -> catalogue.version("1999.1")).isInstanceOf(NoSuchElementException.class)
                .hasMessage("Framework version 1999.1 is not installed");
    }

    @Test
    void aPathwayOrPrincipleIsFoundByItsKey() throws Exception {
        Framework shipped = FrameworkFileReaderTests.shipped();
        assertThat(shipped.principle("communicate")).hasValueSatisfying(p -> assertThat(p.name()).isEqualTo("Communicate and disseminate"));
        assertThat(shipped.principle("nope")).isEmpty();
        assertThat(shipped.findPathway("senior")).hasValueSatisfying(p -> assertThat(p.postNominal()).isEqualTo("SCMALT"));
        assertThatThrownBy(() -> shipped.pathway("nope")).isInstanceOf(NoSuchElementException.class).hasMessage("No pathway nope in 2026.1");
    }

    @Test
    void onlyStatementsAreNotAssessedAndOnlySpecialistAndAdvancedAreasHaveTheirOwnTitle() {
        assertThat(SectionKind.STATEMENT.isAssessed()).isFalse();
        assertThat(SectionKind.ASSESSED.isAssessed()).isTrue();
        assertThat(SectionKind.SPECIALIST.isAssessed()).isTrue();
        assertThat(SectionKind.ADVANCED.isAssessed()).isTrue();
        assertThat(SectionKind.STATEMENT.hasOwnTitle()).isFalse();
        assertThat(SectionKind.ASSESSED.hasOwnTitle()).isFalse();
        assertThat(SectionKind.SPECIALIST.hasOwnTitle()).isTrue();
        assertThat(SectionKind.ADVANCED.hasOwnTitle()).isTrue();
    }
}
