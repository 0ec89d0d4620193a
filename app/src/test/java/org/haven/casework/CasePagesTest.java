package org.haven.casework;

import org.haven.person.ChildDetails;
import org.haven.person.DateOfBirth;
import org.haven.person.Sex;
import org.haven.support.DemoUsers;
import org.haven.support.HavenIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@HavenIntegrationTest
class CasePagesTest {

    @Autowired MockMvc mvc;
    @Autowired DemoUsers demoUsers;
    @Autowired CaseFiles caseFiles;

    private CaseId openCase(String given, String family) {
        var caseworker = demoUsers.user("caseworker");
        return caseFiles.open(caseworker, new NewCase(new ChildDetails(given, family, List.of(), Sex.FEMALE,
                DateOfBirth.exact(LocalDate.of(2011, 3, 14)), List.of("LT"), List.of("lt")),
                caseworker.organisationId().value(), "Seen begging at the station"));
    }

    @Test
    void every_page_of_a_case_renders_for_its_lead_caseworker() throws Exception {
        CaseId id = openCase("Gabija", "Kazlauskaitė");
        var as = demoUsers.as("caseworker");
        mvc.perform(get("/cases").with(as)).andExpect(status().isOk()).andExpect(content().string(containsString("Gabija")));
        mvc.perform(get("/cases/{id}", id.value()).with(as)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Gabija Kazlauskaitė"),
                        containsString("Treated as a child"), containsString("Viewed the case"))));
        mvc.perform(get("/cases/{id}/edit", id.value()).with(as)).andExpect(status().isOk());
        mvc.perform(get("/cases/{id}/child/edit", id.value()).with(as)).andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"Gabija\"")));
        mvc.perform(get("/cases/new").with(as)).andExpect(status().isOk());
        mvc.perform(get("/account").with(as)).andExpect(status().isOk());
        mvc.perform(get("/account/tokens").with(as)).andExpect(status().isOk());
        mvc.perform(get("/account/two-factor").with(as)).andExpect(status().isOk());
    }

    @Test
    void administrators_and_auditors_get_their_pages_and_others_do_not() throws Exception {
        mvc.perform(get("/admin/users").with(demoUsers.as("admin"))).andExpect(status().isOk());
        mvc.perform(get("/admin/users/new").with(demoUsers.as("admin"))).andExpect(status().isOk());
        mvc.perform(get("/audit").param("actor", "caseworker").with(demoUsers.as("auditor")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("case.opened")));
        mvc.perform(get("/audit").param("on", "23.11.2026").with(demoUsers.as("auditor")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Enter the date as year-month-day")));
        mvc.perform(get("/audit").with(demoUsers.as("caseworker"))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/users").with(demoUsers.as("auditor"))).andExpect(status().isForbidden());
    }

    @Test
    void someone_outside_the_team_sees_a_no_access_page() throws Exception {
        CaseId id = openCase("Ieva", "Petrauskaitė");
        mvc.perform(get("/cases/{id}", id.value()).with(demoUsers.as("bergen.caseworker")))
                .andExpect(status().isForbidden())
                .andExpect(content().string(allOf(containsString("No access"), not(containsString("Ieva")))));
    }

    @Test
    void the_edit_pages_refuse_team_members_who_may_not_change_the_case_and_outsiders_alike() throws Exception {
        CaseId id = openCase("Ugnė", "Stankevičiūtė");
        caseFiles.addToTeam(demoUsers.user("caseworker"), id, demoUsers.user("police").id(), TeamRole.POLICE);

        mvc.perform(get("/cases/{id}/edit", id.value()).with(demoUsers.as("police"))).andExpect(status().isForbidden());
        mvc.perform(get("/cases/{id}/child/edit", id.value()).with(demoUsers.as("bergen.caseworker")))
                .andExpect(status().isForbidden())
                .andExpect(content().string(not(containsString("Ugnė"))));
    }

    @Test
    void an_unknown_case_shows_a_not_found_page() throws Exception {
        mvc.perform(get("/cases/{id}", UUID.randomUUID()).with(demoUsers.as("caseworker")))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Page not found")));
    }

    @Test
    void an_invalid_new_case_form_is_shown_again_with_every_typed_value_and_an_error_summary() throws Exception {
        mvc.perform(post("/cases").with(csrf()).with(demoUsers.as("caseworker"))
                        .param("givenNames", "").param("familyName", "")
                        .param("aliases", "Малыш")
                        .param("dobPrecision", "EXACT").param("dobDay", "31").param("dobMonth", "2").param("dobYear", "2012")
                        .param("summary", "Found alone at the bus station at night"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("There is a problem"),
                        containsString("Enter a given name or a family name"),
                        containsString("Малыш"),
                        containsString("Found alone at the bus station at night"),
                        containsString("value=\"31\""))));
    }

    @Test
    void an_oversized_text_is_refused_with_its_limit_and_kept_for_shortening() throws Exception {
        String tooLong = "Seen at the station. ".repeat(300);
        mvc.perform(post("/cases").with(csrf()).with(demoUsers.as("caseworker"))
                        .param("givenNames", "Denisa").param("summary", tooLong)
                        .param("leadAgencyId", demoUsers.user("caseworker").organisationId().toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Must be at most 4,000 characters"),
                        containsString(tooLong.strip()))));
    }

    @Test
    void an_impossible_date_of_birth_is_explained() throws Exception {
        mvc.perform(post("/cases").with(csrf()).with(demoUsers.as("caseworker"))
                        .param("givenNames", "Roxana").param("sex", "FEMALE")
                        .param("dobPrecision", "EXACT").param("dobDay", "31").param("dobMonth", "2").param("dobYear", "2012")
                        .param("leadAgencyId", demoUsers.user("caseworker").organisationId().toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("That date does not exist")));
    }

    @Test
    void a_valid_new_case_form_opens_the_case() throws Exception {
        mvc.perform(post("/cases").with(csrf()).with(demoUsers.as("caseworker"))
                        .param("givenNames", "Ion").param("familyName", "Căldăraru").param("sex", "MALE")
                        .param("dobPrecision", "ESTIMATED").param("ageFrom", "12").param("ageTo", "14")
                        .param("nationality", "RO").param("language", "ro")
                        .param("leadAgencyId", demoUsers.user("caseworker").organisationId().toString()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/cases/*"));
    }

    @Test
    void a_conflicting_edit_shows_both_versions_and_keeps_what_the_user_typed() throws Exception {
        CaseId id = openCase("Austėja", "Jankauskaitė");
        var caseworker = demoUsers.user("caseworker");
        long seen = caseFiles.current(caseworker, id).child().version();
        caseFiles.correctChild(caseworker, id, new ChildDetails("Austeja", "Jankauskaite", List.of(), Sex.FEMALE,
                DateOfBirth.unknown(), List.of("LT"), List.of()), seen);

        mvc.perform(post("/cases/{id}/child", id.value()).with(csrf()).with(demoUsers.as("caseworker"))
                        .param("givenNames", "Austėja Marija").param("familyName", "Jankauskaitė")
                        .param("sex", "FEMALE").param("dobPrecision", "UNKNOWN").param("nationality", "LT")
                        .param("version", Long.toString(seen)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Someone else saved changes while you were editing"),
                        containsString("Austėja Marija"),
                        containsString("Austeja"),
                        containsString("name=\"version\" value=\"" + (seen + 1) + "\""))));
        var stored = caseFiles.current(caseworker, id).child().primaryName().givenNames();
        org.assertj.core.api.Assertions.assertThat(stored).isEqualTo("Austeja");
    }

    @Test
    void the_pages_speak_swedish_when_asked() throws Exception {
        mvc.perform(get("/cases").param("lang", "sv").with(demoUsers.as("caseworker")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("lang=\"sv\""), containsString("Mina ärenden"))));
    }
}
