package org.waymark.framework.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/** Start-up: the current framework must say how its portfolios are assessed. */
class FrameworkConfigurationTests {

    @Test
    void theShippedFrameworkIsCurrentWithItsAssessmentRules() throws Exception {
        var catalogue = new FrameworkConfiguration().frameworkCatalogue(new ClassPathResource("framework/cmalt-2026.1.yml"),
                "classpath*:framework/*.yml");
        assertThat(catalogue.current().assessment().grades()).hasSize(5);
    }

    @Test
    void aCurrentFrameworkWithoutAssessmentRulesStopsStartUpSayingWhy() {
        assertThatThrownBy(() -> new FrameworkConfiguration().frameworkCatalogue(
                new ClassPathResource("framework-without-assessment/cmalt-2098.1.yml"), "classpath*:framework/*.yml"))
                .isInstanceOf(FrameworkFileException.class)
                .hasMessage("cmalt-2098.1.yml: the current framework needs 'assessment' rules (grades, outcomes, types, assessors)");
    }
}
