package org.waymark.submission.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.waymark.account.People;
import org.waymark.account.Role;
import org.waymark.framework.FrameworkCatalogue;
import org.waymark.registration.RegistrationSummary;
import org.waymark.registration.internal.RegistrationService;
import org.waymark.submission.RoundKind;

/** People, paid registrations, rounds and section maps for the external submission tests, made through the modules' APIs. */
public abstract class ExternalTestSupport {

    @Autowired
    protected People people;
    @Autowired
    protected RegistrationService registrationService;
    @Autowired
    protected Rounds rounds;
    @Autowired
    protected ExternalSubmissions external;
    @Autowired
    protected FrameworkCatalogue catalogue;
    @Autowired
    protected JdbcClient jdbc;

    protected UUID person(Role... roles) {
        return people.createVerified("Person " + UUID.randomUUID(), UUID.randomUUID() + "@example.org", "a-long-password-1",
                roles.length == 0 ? new Role[] {Role.CANDIDATE} : roles).id();
    }

    /** A candidate with a paid registration on the pathway, valid now. */
    protected UUID registeredCandidate(String pathway) {
        UUID candidate = person();
        RegistrationSummary registration = registrationService.register(candidate, pathway, "GBP",
                RegistrationSummary.Payer.SELF, null, null);
        registrationService.markPaid(person(Role.ADMINISTRATOR), registration.id(), null);
        return candidate;
    }

    /** A fixed-deadline round open from yesterday until a month from now. */
    protected Round openRound() {
        Instant now = Instant.now();
        return rounds.save(new Round(UUID.randomUUID(), "Round " + UUID.randomUUID().toString().substring(0, 8), RoundKind.FIXED,
                now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(30)), null, null, null, null, false, null, null,
                now, now, null));
    }

    /** A fixed-deadline round whose deadline passed an hour ago. */
    protected Round closedRound() {
        Instant now = Instant.now();
        return rounds.save(new Round(UUID.randomUUID(), "Closed " + UUID.randomUUID().toString().substring(0, 8), RoundKind.FIXED,
                now.minus(Duration.ofDays(30)), now.minus(Duration.ofHours(1)), null, null, null, null, false, null, null,
                now, now, null));
    }

    /** Every required row of the pathway's map, each with a page link on a Google Site. */
    protected Map<String, String> fullMap(String pathway) {
        Map<String, String> map = new HashMap<>();
        ExternalSectionRows.required(catalogue.current().pathway(pathway))
                .forEach(row -> map.put(row.id(), "https://sites.google.com/view/my-cmalt/" + row.id()));
        return map;
    }

    protected static ExternalPortfolio link(String url, Map<String, String> map) {
        return new ExternalPortfolio(url, null, "Password: tea-and-biscuits", map, Map.of(), "Lee Manager", "lee@example.org", true);
    }

    protected static ExternalPortfolio file(String name, byte[] bytes, Map<String, String> map) {
        return new ExternalPortfolio(null, new ExternalPortfolio.Upload(name, bytes.length, new ByteArrayResource(bytes)), null,
                map, Map.of(), null, null, true);
    }

    protected static byte[] pdf() {
        return "%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n".getBytes(StandardCharsets.ISO_8859_1);
    }

    protected static byte[] zip(String... entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String entry : entries) {
                zip.putNextEntry(new ZipEntry(entry));
                zip.write("<p>My portfolio</p>".getBytes(StandardCharsets.UTF_8));
            }
        }
        return bytes.toByteArray();
    }
}
