package org.waymark.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives every Spring test context a database of its own, never {@code ./data/}: an in-memory H2 database, or,
 * when the suite runs with {@code -Dwaymark.test.db=postgres}, a fresh schema in the PostgreSQL at
 * {@code waymark.test.postgres.url} (default: the local server's {@code test} database).
 * Registered for every {@code @SpringBootTest} in {@code META-INF/spring.factories} of the test classpath.
 */
public class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String SHARED_URL = "waymark.test.shared-database-url";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        var environment = context.getEnvironment();
        if (environment.getProperty(SHARED_URL) != null) {
            // A test that runs two nodes on one database says which database.
            environment.getPropertySources().addFirst(new MapPropertySource("waymark-test-db",
                    Map.of("spring.datasource.url", environment.getProperty(SHARED_URL))));
            return;
        }
        environment.getPropertySources().addFirst(new MapPropertySource("waymark-test-db",
                Map.of("spring.datasource.url", newDatabaseUrl(), "spring.datasource.username", username(),
                        "spring.datasource.password", password())));
    }

    public static boolean postgres() {
        return "postgres".equalsIgnoreCase(System.getProperty("waymark.test.db", "h2"));
    }

    /** A URL for a new, empty database (H2) or schema (PostgreSQL). */
    public static String newDatabaseUrl() {
        String name = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        if (!postgres()) {
            return "jdbc:h2:mem:" + name + ";MODE=PostgreSQL;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        }
        String base = System.getProperty("waymark.test.postgres.url", "jdbc:postgresql://127.0.0.1:5432/test");
        try (Connection c = DriverManager.getConnection(base, username(), password()); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create a test schema in " + base + ": " + e.getMessage(), e);
        }
        dropAtExit(base, name);
        return base + (base.contains("?") ? "&" : "?") + "currentSchema=" + name;
    }

    /** Test schemas are dropped when the test JVM ends, so repeated runs do not fill the database. */
    private static synchronized void dropAtExit(String base, String schema) {
        if (CREATED.isEmpty()) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try (Connection c = DriverManager.getConnection(base, username(), password()); Statement s = c.createStatement()) {
                    for (String created : CREATED) {
                        s.execute("DROP SCHEMA IF EXISTS " + created + " CASCADE");
                    }
                } catch (SQLException e) {
                    System.err.println("Could not drop test schemas: " + e.getMessage());
                }
            }, "drop-test-schemas"));
        }
        CREATED.add(schema);
    }

    private static final java.util.List<String> CREATED = new java.util.concurrent.CopyOnWriteArrayList<>();

    public static String username() {
        return postgres() ? System.getProperty("waymark.test.postgres.user", "postgres") : "sa";
    }

    public static String password() {
        return postgres() ? System.getProperty("waymark.test.postgres.password", "") : "";
    }
}
