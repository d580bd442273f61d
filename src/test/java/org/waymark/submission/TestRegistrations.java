package org.waymark.submission;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.waymark.registration.RegistrationStatus;
import org.waymark.registration.RegistrationSummary;
import org.waymark.registration.Registrations;

/**
 * Registrations the round tests set up by hand (one paid registration per person), so they do not depend on the
 * registration module's pages and fees. Shared by every context in the JVM: the two-node test sees the same ones.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestRegistrations {

    private static final Map<UUID, RegistrationSummary> HELD = new ConcurrentHashMap<>();

    /** Gives this person a registration paid a day before {@code from}, valid for two years. */
    public static RegistrationSummary validFor(UUID personId, Instant from) {
        Instant paid = from.minus(Duration.ofDays(1));
        RegistrationSummary registration = new RegistrationSummary(UUID.randomUUID(), "R-" + personId.toString().substring(0, 6),
                personId, "cmalt", RegistrationStatus.PAID, new BigDecimal("100.00"), "GBP",
                RegistrationSummary.Payer.SELF, null, null, paid, paid, paid.plus(Duration.ofDays(730)), null);
        HELD.put(personId, registration);
        return registration;
    }

    @Bean
    @Primary
    Registrations registrationsSetUpByTests() {
        return new Registrations() {
            @Override
            public Optional<RegistrationSummary> find(UUID registrationId) {
                return HELD.values().stream().filter(r -> r.id().equals(registrationId)).findFirst();
            }

            @Override
            public List<RegistrationSummary> heldBy(UUID personId) {
                return Optional.ofNullable(HELD.get(personId)).stream().toList();
            }

            @Override
            public Optional<RegistrationSummary> validFor(UUID personId, String pathwayKey, Instant at) {
                return heldBy(personId).stream().filter(r -> r.pathwayKey().equals(pathwayKey) && r.validAt(at)).findFirst();
            }

            @Override
            public List<RegistrationSummary> validAt(Instant at) {
                return HELD.values().stream().filter(r -> r.validAt(at)).toList();
            }

            @Override
            public void recordSubmission(UUID registrationId, Instant at) {
            }

            @Override
            public RegistrationSummary register(UUID personId, String pathwayKey, String currency,
                                                RegistrationSummary.Payer payer, String institutionName, String purchaseOrder) {
                throw new UnsupportedOperationException("round tests set registrations up with validFor(...)");
            }

            @Override
            public RegistrationSummary markPaid(UUID administratorId, UUID registrationId, String note) {
                throw new UnsupportedOperationException("round tests set registrations up with validFor(...)");
            }
        };
    }
}
