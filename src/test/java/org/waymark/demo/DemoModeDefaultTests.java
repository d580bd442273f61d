package org.waymark.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/** Demo mode follows the database unless it is set: on with the embedded H2 database only. */
class DemoModeDefaultTests {

    @Test
    void unsetItIsOnWithTheEmbeddedDatabaseInAFileOrInMemory() {
        assertThat(demo("jdbc:h2:file:./data/waymark;MODE=PostgreSQL", null)).isTrue();
        assertThat(demo("jdbc:h2:mem:x;MODE=PostgreSQL", null)).isTrue();
    }

    @Test
    void unsetItIsOffWithAnyOtherDatabase() {
        assertThat(demo("jdbc:postgresql://db.example.org:5432/waymark", null)).isFalse();
        assertThat(demo("jdbc:h2:tcp://db.example.org/waymark", null)).isFalse();
        assertThat(demo("jdbc:h2:ssl://db.example.org/waymark", null)).isFalse();
        assertThat(demo(null, null)).isFalse();
    }

    @Test
    void setExplicitlyTheSettingWins() {
        assertThat(demo("jdbc:h2:mem:x", "false")).isFalse();
        assertThat(demo("jdbc:postgresql://localhost:5432/waymark", "true")).isTrue();
    }

    @Test
    void theAnswerFollowsTheDatabaseUrlTheApplicationEndsUpWith() {
        var environment = new StandardEnvironment();
        Map<String, Object> settings = new HashMap<>(Map.of("spring.datasource.url", "jdbc:h2:mem:x"));
        environment.getPropertySources().addFirst(new MapPropertySource("settings", settings));
        new DemoModeDefault().postProcessEnvironment(environment, new SpringApplication());
        environment.getPropertySources().addFirst(new MapPropertySource("later",
                Map.of("spring.datasource.url", "jdbc:postgresql://localhost/waymark")));
        assertThat(environment.getProperty("waymark.demo.enabled", Boolean.class)).isFalse();
    }

    private static boolean demo(String url, String explicit) {
        var environment = new StandardEnvironment();
        Map<String, Object> settings = new HashMap<>();
        if (url != null) {
            settings.put("spring.datasource.url", url);
        }
        if (explicit != null) {
            settings.put("waymark.demo.enabled", explicit);
        }
        environment.getPropertySources().addFirst(new MapPropertySource("settings", settings));
        new DemoModeDefault().postProcessEnvironment(environment, new SpringApplication());
        return environment.getProperty("waymark.demo.enabled", Boolean.class);
    }
}
