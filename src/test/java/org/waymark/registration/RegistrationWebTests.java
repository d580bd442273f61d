package org.waymark.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.waymark.account.People;
import org.waymark.account.Role;
import org.waymark.registration.RegistrationSummary.Payer;
import org.waymark.registration.internal.RegistrationService;
import org.waymark.support.WaymarkTest;

/** The candidate's and the administrators' registration pages, for every role that may or may not reach them. */
@WaymarkTest
@Import(RegistrationTestSupport.class)
class RegistrationWebTests {

    static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");

    @Autowired
    MockMvc mvc;
    @Autowired
    People people;
    @Autowired
    RegistrationService service;
    @Autowired
    Registrations registrations;

    UUID candidate;
    UUID other;
    UUID admin;

    @BeforeEach
    void setUp() {
        RegistrationTestSupport.CLOCK.set(NOW);
        RegistrationTestSupport.DEADLINES.clear();
        candidate = people.createVerified("Cara Candidate", unique(), "a long enough password", Role.CANDIDATE).id();
        other = people.createVerified("Otto Other", unique(), "a long enough password", Role.CANDIDATE).id();
        admin = people.createVerified("Ada Admin", unique(), "a long enough password", Role.ADMINISTRATOR).id();
    }

    @Test
    void aCandidateRegistersWithTheirInstitutionPayingAndGetsAReceipt() throws Exception {
        String form = page(get("/registrations/new"), candidate);
        assertThat(form).contains("CMALT").contains("£195.00").contains("Senior CMALT").contains("£275.00");

        String location = mvc.perform(post("/registrations").with(csrf()).with(as(candidate))
                        .param("option", "cmalt/GBP").param("payer", "INSTITUTION")
                        .param("institutionName", "University of Example").param("purchaseOrder", "PO-2026-118"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        RegistrationSummary r = registrations.heldBy(candidate).getFirst();
        assertThat(location).isEqualTo("/registrations/" + r.id());

        assertThat(page(get(location), candidate)).contains("Registration receipt").contains(r.reference())
                .contains("University of Example").contains("PO-2026-118").contains("£195.00").contains("Awaiting payment");
        assertThat(page(get("/registrations"), candidate)).contains(r.reference()).contains("Awaiting payment");
    }

    @Test
    void anInstitutionPayingNeedsItsNameAndPurchaseOrderAndWhatWasTypedIsKept() throws Exception {
        String html = page(post("/registrations").with(csrf()).param("option", "senior/GBP").param("payer", "INSTITUTION")
                .param("institutionName", "Typed University"), candidate);
        assertThat(html).contains("<title>Error: Register for a pathway - Waymark</title>")
                .contains("There is a problem").contains("href=\"#purchaseOrder\"")
                .contains("Enter the purchase order reference your institution gave you")
                .doesNotContain("Enter the name of the institution")
                .contains("value=\"Typed University\"");
        assertThat(registrations.heldBy(candidate)).isEmpty();

        assertThat(page(post("/registrations").with(csrf()), candidate))
                .contains("href=\"#option\"").contains("Choose the pathway you are registering for")
                .contains("href=\"#payer\"").contains("Say who is paying the fee");
        assertThat(page(post("/registrations").with(csrf()).param("option", "nonsense/GBP").param("payer", "SELF"), candidate))
                .contains("Choose the pathway you are registering for");
    }

    @Test
    void aSecondRegistrationOnThePathwayIsRefusedWithAClearMessageNamingTheFirst() throws Exception {
        RegistrationSummary first = service.register(candidate, "cmalt", "GBP", Payer.SELF, null, null);
        String html = page(post("/registrations").with(csrf()).param("option", "cmalt/GBP").param("payer", "SELF"), candidate);
        assertThat(html).contains("Error: Register").contains("You already have a registration for CMALT (" + first.reference() + ")");
        assertThat(registrations.heldBy(candidate)).hasSize(1);
    }

    @Test
    void someoneElsesRegistrationIsNotFound() throws Exception {
        RegistrationSummary r = service.register(candidate, "cmalt", "GBP", Payer.INSTITUTION, "Example University", "PO-SECRET");
        for (UUID stranger : new UUID[] {other, admin}) {
            mvc.perform(get("/registrations/" + r.id()).with(as(stranger))).andExpect(status().isNotFound());
            mvc.perform(get("/registrations/" + r.id() + "/cancel").with(as(stranger))).andExpect(status().isNotFound());
            mvc.perform(post("/registrations/" + r.id() + "/cancel").with(csrf()).with(as(stranger))).andExpect(status().isNotFound());
            assertThat(page(get("/registrations"), stranger)).doesNotContain(r.reference());
        }
        mvc.perform(get("/registrations/" + UUID.randomUUID()).with(as(candidate))).andExpect(status().isNotFound());
        assertThat(registrations.find(r.id()).orElseThrow().status()).isEqualTo(RegistrationStatus.UNPAID);
    }

    @Test
    void candidatesCannotReachTheAdministratorsPagesAndVisitorsAreAskedToSignIn() throws Exception {
        RegistrationSummary r = service.register(candidate, "cmalt", "GBP", Payer.SELF, null, null);
        for (String path : new String[] {"/admin/fees", "/admin/fees/edit", "/admin/registrations", "/admin/registrations/" + r.id()}) {
            mvc.perform(get(path).with(as(candidate))).andExpect(status().isForbidden());
            mvc.perform(get(path)).andExpect(status().is3xxRedirection());
            mvc.perform(get(path).with(as(admin))).andExpect(status().isOk());
        }
        mvc.perform(post("/admin/fees").with(csrf()).with(as(candidate)).param("pathway", "cmalt").param("currency", "GBP")
                .param("amount", "1.00")).andExpect(status().isForbidden());
        mvc.perform(post("/admin/registrations/" + r.id() + "/paid").with(csrf()).with(as(candidate))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/registrations/" + r.id() + "/unpaid").with(csrf()).with(as(candidate)).param("reason", "x"))
                .andExpect(status().isForbidden());
        for (String path : new String[] {"/registrations", "/registrations/new", "/registrations/" + r.id()}) {
            mvc.perform(get(path)).andExpect(status().is3xxRedirection());
        }
        assertThat(service.fee("cmalt", "GBP").orElseThrow().amount()).isEqualByComparingTo("195.00");
        assertThat(registrations.find(r.id()).orElseThrow().status()).isEqualTo(RegistrationStatus.UNPAID);
        assertThat(page(get("/home"), candidate)).doesNotContain("href=\"/admin/registrations\"").doesNotContain("href=\"/admin/fees\"");
        assertThat(page(get("/home"), admin)).contains("href=\"/admin/registrations\"").contains("href=\"/admin/fees\"");
    }

    @Test
    void anAdministratorFindsARegistrationByReferencePurchaseOrderInstitutionNameOrEmail() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        RegistrationSummary mine = service.register(candidate, "cmalt", "GBP", Payer.INSTITUTION, "University of " + tag, "PO-" + tag);
        RegistrationSummary theirs = service.register(other, "associate", "GBP", Payer.SELF, null, null);
        String email = people.find(other).orElseThrow().email();

        assertThat(page(get("/admin/registrations").param("q", mine.reference().toLowerCase()), admin))
                .contains(mine.reference()).doesNotContain(theirs.reference());
        assertThat(page(get("/admin/registrations").param("q", "po-" + tag), admin)).contains(mine.reference())
                .doesNotContain(theirs.reference());
        assertThat(page(get("/admin/registrations").param("q", "university of " + tag), admin)).contains(mine.reference());
        assertThat(page(get("/admin/registrations").param("q", email), admin)).contains(theirs.reference())
                .doesNotContain(mine.reference());
        assertThat(page(get("/admin/registrations").param("q", email).param("status", "PAID"), admin))
                .doesNotContain(theirs.reference()).contains("No registration matches");
        // The pattern characters are taken literally; what was typed stays in the box.
        assertThat(page(get("/admin/registrations").param("q", "%"), admin)).contains("No registration matches")
                .contains("value=\"%\"");
    }

    @Test
    void anAdministratorMarksARegistrationPaidAndTheCandidateSeesItsExpiryOnTheHomePage() throws Exception {
        assertThat(page(get("/home"), candidate)).contains("Your registrations").contains("href=\"/registrations/new\"");
        RegistrationSummary r = service.register(candidate, "cmalt", "GBP", Payer.SELF, null, null);

        assertThat(page(get("/admin/registrations").param("status", "UNPAID"), admin)).contains(r.reference()).contains("Cara Candidate");
        assertThat(page(get("/admin/registrations").param("status", "PAID"), admin)).doesNotContain(r.reference());
        assertThat(page(get("/admin/registrations/" + r.id()), admin)).contains("Mark paid").doesNotContain("Mark unpaid");
        mvc.perform(post("/admin/registrations/" + r.id() + "/paid").with(csrf()).with(as(admin)).param("note", "BACS 1 Dec"))
                .andExpect(status().is3xxRedirection());

        assertThat(page(get("/admin/registrations/" + r.id()), admin)).contains("Mark unpaid").contains("by Ada Admin")
                .contains("30 November 2028, 10:00 GMT");
        assertThat(page(get("/home"), candidate)).contains("Paid.").contains("Valid until 30 November 2028");
        assertThat(page(get("/registrations/" + r.id()), candidate)).contains("Valid until").contains("30 November 2028, 10:00 GMT");

        mvc.perform(post("/admin/registrations/" + r.id() + "/unpaid").with(csrf()).with(as(admin)).param("reason", ""))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("problem", "Say why the registration is being marked unpaid."));
        assertThat(registrations.find(r.id()).orElseThrow().status()).isEqualTo(RegistrationStatus.PAID);
    }

    @Test
    void aCandidateCancelsAfterConfirmingButNotOnceSubmitted() throws Exception {
        RegistrationSummary r = service.register(candidate, "associate", "GBP", Payer.SELF, null, null);
        assertThat(page(get("/registrations/" + r.id() + "/cancel"), candidate)).contains("Yes, cancel this registration");
        mvc.perform(post("/registrations/" + r.id() + "/cancel").with(csrf()).with(as(candidate)).param("reason", "Wrong pathway"))
                .andExpect(status().is3xxRedirection());
        assertThat(page(get("/registrations/" + r.id()), candidate)).contains("Cancelled").doesNotContain("Cancel this registration");
        mvc.perform(get("/registrations/" + r.id() + "/cancel").with(as(candidate))).andExpect(status().is3xxRedirection());

        RegistrationSummary submitted = service.register(candidate, "cmalt", "GBP", Payer.SELF, null, null);
        service.markPaid(admin, submitted.id(), null);
        registrations.recordSubmission(submitted.id(), NOW);
        assertThat(page(get("/registrations/" + submitted.id()), candidate)).doesNotContain("Cancel this registration");
        mvc.perform(get("/registrations/" + submitted.id() + "/cancel").with(as(candidate))).andExpect(status().is3xxRedirection());
        mvc.perform(post("/registrations/" + submitted.id() + "/cancel").with(csrf()).with(as(candidate))).andExpect(status().is3xxRedirection());
        assertThat(registrations.find(submitted.id()).orElseThrow().status()).isEqualTo(RegistrationStatus.PAID);
    }

    @Test
    void anAdministratorChangesAFeeWithinTheRules() throws Exception {
        assertThat(page(get("/admin/fees"), admin)).contains("Associate CMALT").contains("£150.00").contains("£275.00");
        assertThat(page(get("/admin/fees/edit").param("pathway", "senior").param("currency", "GBP"), admin)).contains("value=\"275.00\"");

        String html = page(post("/admin/fees").with(csrf()).param("pathway", "senior").param("currency", "XYZ").param("amount", "0"), admin);
        assertThat(html).contains("Error: Set a registration fee").contains("The fee must be more than zero")
                .contains("Enter the currency as a three-letter ISO 4217 code");
        assertThat(page(post("/admin/fees").with(csrf()).param("pathway", "senior").param("currency", "GBP").param("amount", "12.345"), admin))
                .contains("with at most 2 decimal places").contains("value=\"12.345\"");
        assertThat(page(post("/admin/fees").with(csrf()).param("pathway", "senior").param("currency", "GBP").param("amount", "lots"), admin))
                .contains("Error: ");
        assertThat(service.fee("senior", "GBP").orElseThrow().amount()).isEqualByComparingTo("275.00");

        mvc.perform(post("/admin/fees").with(csrf()).with(as(admin)).param("pathway", "senior").param("currency", "eur")
                .param("amount", "320.5")).andExpect(status().is3xxRedirection());
        assertThat(service.fee("senior", "EUR").orElseThrow().amount()).isEqualByComparingTo(new BigDecimal("320.50"));
        assertThat(page(get("/admin/fees"), admin)).contains("€320.50");
        assertThat(page(get("/registrations/new"), candidate)).contains("€320.50");
    }

    private String page(MockHttpServletRequestBuilder request, UUID who) throws Exception {
        return mvc.perform(request.with(as(who))).andReturn().getResponse().getContentAsString();
    }

    private RequestPostProcessor as(UUID person) {
        return user(person.toString()).roles(person.equals(admin) ? "ADMINISTRATOR" : "CANDIDATE");
    }

    static String unique() {
        return "reg-web-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }
}
