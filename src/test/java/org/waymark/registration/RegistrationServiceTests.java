package org.waymark.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.waymark.access.Permissions;
import org.waymark.account.People;
import org.waymark.account.Role;
import org.waymark.registration.RegistrationSummary.Payer;
import org.waymark.registration.internal.RegistrationRefusedException;
import org.waymark.registration.internal.RegistrationService;
import org.waymark.support.WaymarkTest;

@WaymarkTest
@Import(RegistrationTestSupport.class)
class RegistrationServiceTests {

    static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");

    @Autowired
    RegistrationService service;
    @Autowired
    Registrations registrations;
    @Autowired
    People people;
    @Autowired
    Permissions permissions;
    @Autowired
    JdbcClient jdbc;

    UUID candidate;
    UUID admin;

    @BeforeEach
    void setUp() {
        RegistrationTestSupport.CLOCK.set(NOW);
        RegistrationTestSupport.DEADLINES.clear();
        candidate = people.createVerified("Cara Candidate", unique(), "a long enough password", Role.CANDIDATE).id();
        admin = people.createVerified("Ada Admin", unique(), "a long enough password", Role.ADMINISTRATOR).id();
    }

    @Test
    void aRegistrationGetsARandomHumanFriendlyReferenceAndTheFeeOfItsPathway() {
        RegistrationSummary r = service.register(candidate, "cmalt", "GBP", Payer.SELF, null, null);
        RegistrationSummary other = service.register(people.createVerified("B", unique(), "a long enough password").id(),
                "cmalt", "GBP", Payer.SELF, null, null);

        assertThat(r.reference()).matches("REG-2026-[2-9A-HJKMNP-TV-Z]{6}").isNotEqualTo(other.reference());
        assertThat(r.status()).isEqualTo(RegistrationStatus.UNPAID);
        assertThat(r.fee()).isEqualByComparingTo("195.00");
        assertThat(r.currency()).isEqualTo("GBP");
        assertThat(r.expiresAt()).isNull();
        assertThat(registrations.validFor(candidate, "cmalt", NOW)).isEmpty();
        assertThat(permissions.relations(candidate, Registrations.OBJECT_TYPE, r.id())).extracting(Enum::name).containsExactly("OWNER");
    }

    @Test
    void anInstitutionPayingKeepsItsNameAndPurchaseOrder() {
        RegistrationSummary r = service.register(candidate, "senior", "GBP", Payer.INSTITUTION, " University of Example ", "PO-4411");
        assertThat(r.payer()).isEqualTo(Payer.INSTITUTION);
        assertThat(r.institutionName()).isEqualTo("University of Example");
        assertThat(r.purchaseOrder()).isEqualTo("PO-4411");
        assertThat(r.fee()).isEqualByComparingTo("275.00");
    }

    @Test
    void validityStartsWhenMarkedPaidAndLastsTwoYears() {
        RegistrationSummary r = service.register(candidate, "cmalt", "GBP", Payer.SELF, null, null);
        Instant paidAt = NOW.plusSeconds(86_400 * 10);
        RegistrationTestSupport.CLOCK.set(paidAt);
        RegistrationSummary paid = service.markPaid(admin, r.id(), "Bank transfer 12 Dec");

        assertThat(paid.paidAt()).isEqualTo(paidAt);
        assertThat(paid.expiresAt()).isEqualTo(Instant.parse("2028-12-10T10:00:00Z"));
        assertThat(registrations.validFor(candidate, "cmalt", paidAt.minusSeconds(1))).isEmpty();
        assertThat(registrations.validFor(candidate, "cmalt", paidAt)).contains(paid);
        assertThat(registrations.validFor(candidate, "cmalt", Instant.parse("2028-12-10T09:59:59Z"))).isPresent();
        assertThat(registrations.validFor(candidate, "cmalt", Instant.parse("2028-12-10T10:00:00Z"))).isEmpty();
        assertThat(registrations.validFor(candidate, "senior", paidAt)).isEmpty();
        assertThat(registrations.validAt(paidAt)).extracting(RegistrationSummary::id).contains(r.id());
        assertThat(registrations.validAt(Instant.parse("2029-01-01T00:00:00Z"))).extracting(RegistrationSummary::id).doesNotContain(r.id());
    }

    @Test
    void aFixedDeadlineRoundSetUpAfterPaymentExtendsTheRegistrationToItsDeadline() {
        RegistrationSummary r = service.register(candidate, "cmalt", "GBP", Payer.SELF, null, null);
        service.markPaid(admin, r.id(), null);
        assertThat(registrations.find(r.id()).orElseThrow().expiresAt()).isEqualTo(Instant.parse("2028-11-30T10:00:00Z"));

        RegistrationTestSupport.DEADLINES.add(Instant.parse("2028-05-31T11:00:00Z")); // before two years: no effect
        RegistrationTestSupport.DEADLINES.add(Instant.parse("2029-01-31T12:00:00Z"));
        RegistrationTestSupport.DEADLINES.add(Instant.parse("2029-05-31T11:00:00Z"));

        RegistrationSummary later = registrations.find(r.id()).orElseThrow();
        assertThat(later.expiresAt()).isEqualTo(Instant.parse("2029-01-31T12:00:00Z"));
        assertThat(later.validAt(Instant.parse("2029-01-31T11:59:59Z"))).isTrue();
        assertThat(registrations.heldBy(candidate)).singleElement().extracting(RegistrationSummary::expiresAt)
                .isEqualTo(Instant.parse("2029-01-31T12:00:00Z"));
    }

    @Test
    void aSecondRegistrationOnThePathwayIsRefusedWhileTheFirstAwaitsPaymentNamingIt() {
        RegistrationSummary first = service.register(candidate, "cmalt", "GBP", Payer.SELF, null, null);

        assertThatThrownBy(() -> service.register(candidate, "cmalt", "GBP", Payer.SELF, null, null))
                .isInstanceOf(RegistrationRefusedException.class)
                .hasMessageContaining(first.reference()).hasMessageContaining("waiting for payment");
        assertThat(service.register(candidate, "associate", "GBP", Payer.SELF, null, null).pathwayKey()).isEqualTo("associate");
        assertThat(registrations.heldBy(candidate)).hasSize(2);
    }

    @Test
    void aSecondRegistrationIsRefusedWhileTheFirstIsValidAndAllowedOnceItHasExpired() {
        RegistrationSummary first = service.register(candidate, "cmalt", "GBP", Payer.SELF, null, null);
        service.markPaid(admin, first.id(), null);

        assertThatThrownBy(() -> service.register(candidate, "cmalt", "GBP", Payer.SELF, null, null))
                .isInstanceOf(RegistrationRefusedException.class)
                .hasMessage("You already have a valid registration for CMALT (" + first.reference() + "). You can register again once it has expired.");

        RegistrationTestSupport.CLOCK.set(Instant.parse("2028-11-30T10:00:00Z"));
        assertThat(service.register(candidate, "cmalt", "GBP", Payer.SELF, null, null).reference()).isNotEqualTo(first.reference());
    }

    @Test
    void aCancelledRegistrationNoLongerStopsANewOne() {
        RegistrationSummary first = service.register(candidate, "cmalt", "GBP", Payer.SELF, null, null);
        service.cancel(candidate, first.id(), "Registered by mistake");
        assertThat(registrations.find(first.id()).orElseThrow().status()).isEqualTo(RegistrationStatus.CANCELLED);
        assertThat(service.register(candidate, "cmalt", "GBP", Payer.SELF, null, null).status()).isEqualTo(RegistrationStatus.UNPAID);
    }

    @Test
    void cancellingIsRefusedOnceASubmissionHasBeenRecordedAndTwice() {
        RegistrationSummary submitted = service.register(candidate, "cmalt", "GBP", Payer.SELF, null, null);
        service.markPaid(admin, submitted.id(), null);
        registrations.recordSubmission(submitted.id(), NOW.plusSeconds(60));
        registrations.recordSubmission(submitted.id(), NOW.plusSeconds(120));
        assertThat(registrations.find(submitted.id()).orElseThrow().firstSubmittedAt()).isEqualTo(NOW.plusSeconds(60));
        assertThatThrownBy(() -> service.cancel(candidate, submitted.id(), null))
                .isInstanceOf(RegistrationRefusedException.class).hasMessageContaining("a portfolio has been submitted");
        assertThat(registrations.find(submitted.id()).orElseThrow().status()).isEqualTo(RegistrationStatus.PAID);

        RegistrationSummary other = service.register(candidate, "senior", "GBP", Payer.SELF, null, null);
        service.cancel(candidate, other.id(), null);
        assertThatThrownBy(() -> service.cancel(candidate, other.id(), null))
                .isInstanceOf(RegistrationRefusedException.class).hasMessageContaining("already been cancelled");
        assertThatThrownBy(() -> service.markPaid(admin, other.id(), null)).isInstanceOf(RegistrationRefusedException.class);
    }

    @Test
    void aRegistrationKeepsTheFeeItWasChargedWhenTheFeeChanges() {
        RegistrationSummary before = service.register(candidate, "associate", "GBP", Payer.SELF, null, null);
        try {
            service.changeFee(admin, "associate", "GBP", new BigDecimal("160.00"), "Annual review");
            RegistrationSummary after = service.register(people.createVerified("Later", unique(), "a long enough password").id(),
                    "associate", "GBP", Payer.SELF, null, null);

            assertThat(registrations.find(before.id()).orElseThrow().fee()).isEqualByComparingTo("150.00");
            assertThat(after.fee()).isEqualByComparingTo("160.00");
            assertThat(auditDetails("fee.changed", "fee", "associate/GBP")).anySatisfy(d ->
                    assertThat(d).isEqualTo("Associate CMALT in GBP: £150.00 to £160.00. Annual review"));
        } finally {
            service.changeFee(admin, "associate", "GBP", new BigDecimal("150.00"), "Back to the example fee");
        }
    }

    @Test
    void markingUnpaidNeedsAReasonAndEndsValidity() {
        RegistrationSummary r = service.register(candidate, "cmalt", "GBP", Payer.SELF, null, null);
        service.markPaid(admin, r.id(), null);
        assertThatThrownBy(() -> service.markUnpaid(admin, r.id(), " ")).isInstanceOf(RegistrationRefusedException.class);

        RegistrationSummary unpaid = service.markUnpaid(admin, r.id(), "Payment returned by the bank");
        assertThat(unpaid.status()).isEqualTo(RegistrationStatus.UNPAID);
        assertThat(unpaid.paidAt()).isNull();
        assertThat(unpaid.expiresAt()).isNull();
        assertThat(registrations.validFor(candidate, "cmalt", NOW)).isEmpty();
    }

    @Test
    void everyChangeIsInTheAuditTrailWithWhoAndWhy() {
        RegistrationSummary r = service.register(candidate, "cmalt", "GBP", Payer.INSTITUTION, "Example University", "PO-1");
        service.markPaid(admin, r.id(), "Invoice 77");
        service.markUnpaid(admin, r.id(), "Payment returned");
        service.cancel(candidate, r.id(), "Changed my mind");

        List<String> rows = jdbc.sql("SELECT action, actor_id, detail FROM audit_entry WHERE object_type = 'registration' AND object_id = ?")
                .param(r.id().toString())
                .query((rs, n) -> rs.getString(1) + "|" + rs.getObject(2, UUID.class) + "|" + rs.getString(3)).list();
        assertThat(rows).containsExactlyInAnyOrder(
                "registration.registered|" + candidate + "|" + r.reference() + ": CMALT, £195.00, paid by Example University (purchase order PO-1)",
                "registration.paid|" + admin + "|" + r.reference() + ": Invoice 77",
                "registration.marked-unpaid|" + admin + "|" + r.reference() + ": Payment returned",
                "registration.cancelled|" + candidate + "|" + r.reference() + ": Changed my mind");
    }

    private List<String> auditDetails(String action, String type, String id) {
        return jdbc.sql("SELECT detail FROM audit_entry WHERE action = ? AND object_type = ? AND object_id = ?")
                .params(action, type, id).query(String.class).list();
    }

    @Test
    void twoRegistrationsSentAtOnceOnTheSamePathwayGiveOneRegistration() throws Exception {
        // A double click on "Register", or two tabs: both requests pass the check before either has written its row.
        var start = new java.util.concurrent.CountDownLatch(1);
        var outcomes = new java.util.concurrent.ConcurrentLinkedQueue<String>();
        List<Thread> threads = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            threads.add(Thread.ofPlatform().start(() -> {
                try {
                    start.await();
                    service.register(candidate, "cmalt", "GBP", Payer.SELF, null, null);
                    outcomes.add("registered");
                } catch (RegistrationRefusedException refused) {
                    outcomes.add("refused");
                } catch (Exception e) {
                    outcomes.add(e.toString());
                }
            }));
        }
        start.countDown();
        for (Thread t : threads) {
            t.join();
        }

        assertThat(outcomes).containsExactlyInAnyOrder("registered", "refused", "refused", "refused");
        assertThat(registrations.heldBy(candidate)).hasSize(1);
    }

    static String unique() {
        return "reg-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }
}
