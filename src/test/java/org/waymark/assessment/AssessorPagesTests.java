package org.waymark.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.waymark.account.People;
import org.waymark.account.Role;
import org.waymark.audit.AuditTrail;
import org.waymark.support.WaymarkTest;

/**
 * The assessor pool (administrators) and conflicts of interest (assessors) through their pages, on the database:
 * who reaches them, what is kept, what is refused and why, and the audit trail of every change.
 */
@WaymarkTest
class AssessorPagesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    People people;
    @Autowired
    Assessors assessors;
    @Autowired
    ConflictsOfInterest conflicts;
    @Autowired
    AuditTrail audit;

    private UUID person(String name, Role role) {
        return people.createVerified(name, UUID.randomUUID() + "@example.org", "a-long-password-1", role).id();
    }

    private static RequestPostProcessor as(UUID person, String... roles) {
        return user(person.toString()).roles(roles);
    }

    private String page(String path, RequestPostProcessor who) throws Exception {
        return mvc.perform(get(path).with(who)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private UUID added(UUID admin, String name) throws Exception {
        UUID candidate = person(name, Role.CANDIDATE);
        String email = people.find(candidate).orElseThrow().email();
        mvc.perform(post("/admin/assessors").with(csrf()).with(as(admin, "ADMINISTRATOR")).param("email", " " + email.toUpperCase() + " "))
                .andExpect(status().is3xxRedirection());
        return candidate;
    }

    @Test
    void anAdministratorAddsSomeoneWithAnAccountWhoGetsTheAssessorRole() throws Exception {
        UUID admin = person("Admin", Role.ADMINISTRATOR);
        UUID dana = added(admin, "Dana Added");
        assertThat(people.find(dana).orElseThrow().roles()).contains(Role.ASSESSOR, Role.CANDIDATE);
        AssessorProfile profile = assessors.find(dana).orElseThrow();
        assertThat(profile.awardPathway()).isNull();
        assertThat(profile.capacityPerRound()).isZero();
        assertThat(page("/admin/assessors", as(admin, "ADMINISTRATOR"))).contains("Dana Added").contains("Not entered yet");
        assertThat(audit.forObject("assessor", dana.toString())).extracting(AuditTrail.Entry::action).contains("assessor.added");
    }

    @Test
    void anEmailWithoutAnAccountOrOfAnAssessorAlreadyIsRefusedNextToTheFieldWithWhatWasTyped() throws Exception {
        UUID admin = person("Admin", Role.ADMINISTRATOR);
        String html = mvc.perform(post("/admin/assessors").with(csrf()).with(as(admin, "ADMINISTRATOR")).param("email", "nobody-here@example.org"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Error: Assessors").contains("id=\"email-error\"").contains("No account has that email address")
                .contains("value=\"nobody-here@example.org\"");
        UUID twice = added(admin, "Twice Added");
        html = mvc.perform(post("/admin/assessors").with(csrf()).with(as(admin, "ADMINISTRATOR"))
                        .param("email", people.find(twice).orElseThrow().email()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Twice Added is already an assessor.");
    }

    @Test
    void partOfANameOrAddressFindsAccountsThatAreNotAssessorsYet() throws Exception {
        UUID admin = person("Admin", Role.ADMINISTRATOR);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        person("Quinn " + tag, Role.CANDIDATE);
        UUID already = added(admin, "Quincy " + tag);
        String html = mvc.perform(post("/admin/assessors").with(csrf()).with(as(admin, "ADMINISTRATOR")).param("email", tag))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("No account has exactly that email address").contains("Accounts found");
        String found = html.substring(html.indexOf("Accounts found"));
        assertThat(found).contains("Quinn " + tag).doesNotContain("Quincy " + tag)
                .doesNotContain(people.find(already).orElseThrow().email());
    }

    @Test
    void theProfileIsSavedAndShowsWhetherTheyMayLead() throws Exception {
        UUID admin = person("Admin", Role.ADMINISTRATOR);
        UUID erin = added(admin, "Erin Profile");
        long version = assessors.find(erin).orElseThrow().version();
        mvc.perform(post("/admin/assessors/" + erin).with(csrf()).with(as(admin, "ADMINISTRATOR"))
                        .param("awardPathway", "cmalt").param("institution", "Eastvale College")
                        .param("specialisms", "Accessibility\r\n\r\nLearning analytics\naccessibility\n")
                        .param("capacityPerRound", "4").param("timesAsSecond", "3").param("version", Long.toString(version)))
                .andExpect(status().is3xxRedirection());
        AssessorProfile saved = assessors.find(erin).orElseThrow();
        assertThat(saved.awardPathway()).isEqualTo("cmalt");
        assertThat(saved.institution()).isEqualTo("Eastvale College");
        assertThat(saved.specialisms()).containsExactly("Accessibility", "Learning analytics");
        assertThat(saved.capacityPerRound()).isEqualTo(4);
        assertThat(saved.timesAsSecond()).isEqualTo(3);
        assertThat(saved.version()).isEqualTo(version + 1);
        assertThat(page("/admin/assessors/" + erin, as(admin, "ADMINISTRATOR"))).contains("may lead")
                .contains("Associate CMALT, CMALT");
        assertThat(audit.forObject("assessor", erin.toString())).extracting(AuditTrail.Entry::action).contains("assessor.profile-changed");
    }

    @Test
    void aProfileWithProblemsIsRefusedFieldByFieldKeepingWhatWasTyped() throws Exception {
        UUID admin = person("Admin", Role.ADMINISTRATOR);
        UUID fay = added(admin, "Fay Problems");
        long version = assessors.find(fay).orElseThrow().version();
        String html = mvc.perform(post("/admin/assessors/" + fay).with(csrf()).with(as(admin, "ADMINISTRATOR"))
                        .param("awardPathway", "associate").param("institution", "Westmoor University")
                        .param("specialisms", "x".repeat(81)).param("capacityPerRound", "three").param("timesAsSecond", "-1")
                        .param("version", Long.toString(version)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Holders of Associate CMALT may not assess portfolios under the framework&#39;s rules")
                .contains("Keep each specialism to 80 characters or fewer")
                .contains("Enter the capacity per round as a whole number, 0 or more")
                .contains("Enter the number of times served as second as a whole number from 0 to 1000")
                .contains("value=\"three\"").contains("value=\"Westmoor University\"").contains("id=\"capacityPerRound-error\"");
        assertThat(assessors.find(fay).orElseThrow().version()).isEqualTo(version);
    }

    @Test
    void aProfileSavedBySomeoneElseMeanwhileIsNotOverwrittenAndWhatWasTypedIsKept() throws Exception {
        UUID admin = person("Admin", Role.ADMINISTRATOR);
        UUID gus = added(admin, "Gus Stale");
        long opened = assessors.find(gus).orElseThrow().version();
        mvc.perform(post("/admin/assessors/" + gus).with(csrf()).with(as(admin, "ADMINISTRATOR")).param("awardPathway", "senior")
                .param("institution", "First").param("capacityPerRound", "2").param("timesAsSecond", "5")
                .param("version", Long.toString(opened))).andExpect(status().is3xxRedirection());
        String html = mvc.perform(post("/admin/assessors/" + gus).with(csrf()).with(as(admin, "ADMINISTRATOR")).param("awardPathway", "cmalt")
                        .param("institution", "Second").param("capacityPerRound", "9").param("timesAsSecond", "0")
                        .param("version", Long.toString(opened)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Someone else saved this profile while you were editing it").contains("value=\"Second\"")
                .contains("id=\"saved-profile\"").contains("name=\"version\" value=\"" + (opened + 1) + "\"");
        assertThat(assessors.find(gus).orElseThrow().institution()).isEqualTo("First");
    }

    @Test
    void datesUnavailableAreAddedCheckedAndRemoved() throws Exception {
        UUID admin = person("Admin", Role.ADMINISTRATOR);
        UUID hal = added(admin, "Hal Away");
        String html = mvc.perform(post("/admin/assessors/" + hal + "/unavailable").with(csrf()).with(as(admin, "ADMINISTRATOR"))
                        .param("unavailableFrom", "2027-06-10").param("unavailableTo", "2027-06-01"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("The last day must be the same as or after the first day").contains("value=\"2027-06-10\"");
        html = mvc.perform(post("/admin/assessors/" + hal + "/unavailable").with(csrf()).with(as(admin, "ADMINISTRATOR"))
                        .param("unavailableFrom", "31/2/2027").param("unavailableTo", ""))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Enter the first day as a real date").contains("Enter the last day");
        mvc.perform(post("/admin/assessors/" + hal + "/unavailable").with(csrf()).with(as(admin, "ADMINISTRATOR"))
                .param("unavailableFrom", "1/6/2027").param("unavailableTo", "2027-06-14")).andExpect(status().is3xxRedirection());
        AssessorProfile away = assessors.find(hal).orElseThrow();
        assertThat(away.unavailable()).singleElement().satisfies(u -> {
            assertThat(u.from()).isEqualTo(LocalDate.of(2027, 6, 1));
            assertThat(u.to()).isEqualTo(LocalDate.of(2027, 6, 14));
        });
        assertThat(away.unavailableBetween(LocalDate.of(2027, 6, 14), LocalDate.of(2027, 7, 1))).isTrue();
        assertThat(away.unavailableBetween(LocalDate.of(2027, 6, 15), LocalDate.of(2027, 7, 1))).isFalse();
        mvc.perform(post("/admin/assessors/" + hal + "/unavailable/" + away.unavailable().getFirst().id() + "/remove")
                .with(csrf()).with(as(admin, "ADMINISTRATOR"))).andExpect(status().is3xxRedirection());
        assertThat(assessors.find(hal).orElseThrow().unavailable()).isEmpty();
        assertThat(audit.forObject("assessor", hal.toString())).extracting(AuditTrail.Entry::action)
                .contains("assessor.unavailability-added", "assessor.unavailability-removed");
    }

    @Test
    void candidatesAndAssessorsCannotReachTheAssessorPoolNorAnAssessorsProfile() throws Exception {
        UUID admin = person("Admin", Role.ADMINISTRATOR);
        UUID ivy = added(admin, "Ivy Private");
        for (String role : List.of("CANDIDATE", "ASSESSOR", "MENTOR")) {
            UUID other = person("Other", Role.valueOf(role));
            for (String path : List.of("/admin/assessors", "/admin/assessors/" + ivy, "/admin/assessors/" + ivy + "/edit")) {
                mvc.perform(get(path).with(as(other, role))).andExpect(status().isForbidden());
            }
            mvc.perform(post("/admin/assessors/" + ivy).with(csrf()).with(as(other, role)).param("capacityPerRound", "99"))
                    .andExpect(status().isForbidden());
            assertThat(page("/home", as(other, role))).doesNotContain("href=\"/admin/assessors\"");
        }
        assertThat(page("/home", as(admin, "ADMINISTRATOR"))).contains("href=\"/admin/assessors\"");
        mvc.perform(get("/admin/assessors/" + UUID.randomUUID()).with(as(admin, "ADMINISTRATOR"))).andExpect(status().isNotFound());
    }

    @Test
    void theAssessorPoolStartsEmptyWithAnEmptyState() throws Exception {
        // Other tests in this context may have added assessors; the empty state is shown only when there are none.
        UUID admin = person("Admin", Role.ADMINISTRATOR);
        String html = page("/admin/assessors", as(admin, "ADMINISTRATOR"));
        assertThat(assessors.all().isEmpty() ? html.contains("There are no assessors yet") : html.contains("<table")).isTrue();
    }

    @Test
    void anAssessorDeclaresAndWithdrawsConflictsAndTheyCountAgainstTheCandidate() throws Exception {
        UUID admin = person("Admin", Role.ADMINISTRATOR);
        UUID jo = added(admin, "Jo Declares");
        String html = mvc.perform(post("/assessor/conflicts").with(csrf()).with(as(jo, "ASSESSOR"))
                        .param("target", "  ").param("reason", ""))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Choose whether the conflict is with a person or an institution")
                .contains("Enter the person&#39;s name or email address").contains("Say why you have a conflict of interest");
        mvc.perform(post("/assessor/conflicts").with(csrf()).with(as(jo, "ASSESSOR")).param("kind", "PERSON")
                .param("target", "Sam Okafor").param("reason", "We share an office")).andExpect(status().is3xxRedirection());
        assertThat(page("/assessor/conflicts", as(jo, "ASSESSOR"))).contains("Sam Okafor").contains("We share an office");
        CandidateFacts sam = new CandidateFacts("sam okafor", "sam@example.org", "Northbridge", null, null);
        assertThat(conflicts.between(jo, sam)).containsExactly("Declared a conflict with Sam Okafor: We share an office");

        UUID declared = assessors.find(jo).orElseThrow().conflicts().getFirst().id();
        mvc.perform(post("/assessor/conflicts/" + declared + "/remove").with(csrf()).with(as(jo, "ASSESSOR")))
                .andExpect(status().is3xxRedirection());
        assertThat(conflicts.between(jo, sam)).isEmpty();
        assertThat(audit.forObject("assessor-conflict", declared.toString())).extracting(AuditTrail.Entry::action)
                .containsExactlyInAnyOrder("conflict.declared", "conflict.withdrawn");
    }

    @Test
    void anAssessorSeesAndRemovesOnlyTheirOwnConflicts() throws Exception {
        UUID admin = person("Admin", Role.ADMINISTRATOR);
        UUID kim = added(admin, "Kim Owner");
        UUID lee = added(admin, "Lee Other");
        mvc.perform(post("/assessor/conflicts").with(csrf()).with(as(kim, "ASSESSOR")).param("kind", "INSTITUTION")
                .param("target", "Kim's Secret College").param("reason", "Private reason")).andExpect(status().is3xxRedirection());
        UUID kims = assessors.find(kim).orElseThrow().conflicts().getFirst().id();
        assertThat(page("/assessor/conflicts", as(lee, "ASSESSOR"))).doesNotContain("Kim&#39;s Secret College")
                .doesNotContain("Private reason").contains("You have not declared any conflicts of interest");
        mvc.perform(post("/assessor/conflicts/" + kims + "/remove").with(csrf()).with(as(lee, "ASSESSOR")))
                .andExpect(status().isNotFound());
        assertThat(assessors.find(kim).orElseThrow().conflicts()).hasSize(1);
    }

    @Test
    void candidatesAndAdministratorsWithoutTheAssessorRoleCannotDeclareConflicts() throws Exception {
        for (String role : List.of("CANDIDATE", "MENTOR", "ADMINISTRATOR")) {
            UUID other = person("Other", Role.valueOf(role));
            mvc.perform(get("/assessor/conflicts").with(as(other, role))).andExpect(status().isForbidden());
            mvc.perform(post("/assessor/conflicts").with(csrf()).with(as(other, role)).param("kind", "PERSON")
                    .param("target", "x").param("reason", "y")).andExpect(status().isForbidden());
            assertThat(page("/home", as(other, role))).doesNotContain("href=\"/assessor/conflicts\"");
        }
        UUID assessor = person("An Assessor", Role.ASSESSOR);
        assertThat(page("/home", as(assessor, "ASSESSOR"))).contains("href=\"/assessor/conflicts\"");
    }
}
