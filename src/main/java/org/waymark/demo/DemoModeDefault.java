package org.waymark.demo;

import java.util.Locale;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.env.PropertySource;

/**
 * Demo mode comes on by itself only with the embedded H2 database: {@code waymark.demo.enabled} set anywhere
 * (file, environment, command line) wins, and when it is set nowhere this answers it from
 * {@code spring.datasource.url}. The answer is worked out each time it is asked, so it follows the URL the
 * application finally uses (tests and initializers may change it after this runs). Registered in spring.factories.
 */
public class DemoModeDefault implements EnvironmentPostProcessor, Ordered {

    static final String PROPERTY = "waymark.demo.enabled";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment.getPropertySources().addLast(new FromDatabaseUrl(environment));
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE; // after the configuration files are read, so this source is the last one
    }

    /** An H2 database inside this process (a file or memory), not one reached over the network. */
    static boolean embedded(String url) {
        if (url == null) {
            return false;
        }
        String lower = url.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("jdbc:h2:") && !lower.startsWith("jdbc:h2:tcp:") && !lower.startsWith("jdbc:h2:ssl:");
    }

    private static final class FromDatabaseUrl extends PropertySource<String> {

        // Not the source itself: Spring Boot would read a source that is an environment as nested property sources.
        private final Environment environment;

        FromDatabaseUrl(Environment environment) {
            super("waymark-demo-mode-from-database", PROPERTY);
            this.environment = environment;
        }

        @Override
        public Object getProperty(String name) {
            if (!PROPERTY.equals(name)) {
                return null;
            }
            return String.valueOf(embedded(environment.getProperty("spring.datasource.url")));
        }
    }
}
