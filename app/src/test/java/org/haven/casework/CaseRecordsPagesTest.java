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

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@HavenIntegrationTest
class CaseRecordsPagesTest {

    @Autowired MockMvc mvc;
    @Autowired CaseFiles caseFiles;
    @Autowired DemoUsers demoUsers;

    private CaseId openCase() {
        var caseworker = demoUsers.user("caseworker");
        return caseFiles.open(caseworker, new NewCase(new ChildDetails("Lina", "Berg", List.of(), Sex.FEMALE,
                DateOfBirth.estimatedAge(12, 14, LocalDate.now()), List.of(), List.of()),
                caseworker.organisationId().value(), "Pages"));
    }

    @Test
    void the_team_sees_each_working_record_of_the_case_and_nobody_else_does() throws Exception {
        CaseId id = openCase();
        for (String page : List.of("safeguards", "interviews", "care-plan", "conferences", "whereabouts")) {
            mvc.perform(get("/cases/{id}/" + page, id.value()).with(demoUsers.as("caseworker"))).andExpect(status().isOk());
            mvc.perform(get("/cases/{id}/" + page, id.value()).with(demoUsers.as("bergen.caseworker")))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/cases/{id}/safeguards", id.value()).with(demoUsers.as("caseworker")))
                .andExpect(content().string(containsString("Safe, confidential, child-friendly reporting")));
    }

    @Test
    void a_care_plan_saved_over_someone_elses_shows_both_and_keeps_what_was_typed() throws Exception {
        CaseId id = openCase();
        mvc.perform(post("/cases/{id}/care-plan", id.value()).param("version", "0").param("needs", "First version")
                .with(csrf()).with(demoUsers.as("caseworker"))).andExpect(status().is3xxRedirection());

        mvc.perform(post("/cases/{id}/care-plan", id.value()).param("version", "0").param("needs", "My late edit")
                        .with(csrf()).with(demoUsers.as("caseworker")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Someone else saved the plan")))
                .andExpect(content().string(containsString("First version")))
                .andExpect(content().string(containsString("My late edit")));
    }

    @Test
    void an_interview_without_its_essentials_is_explained_and_what_was_typed_comes_back() throws Exception {
        CaseId id = openCase();
        mvc.perform(post("/cases/{id}/interviews", id.value()).param("interviewer", "Insp. Aas")
                        .with(csrf()).with(demoUsers.as("caseworker")))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("noticeError", "interview.incomplete"))
                .andExpect(flash().attributeExists("typed"));
    }

    @Test
    void the_coordinator_dashboard_and_notifications_render_and_the_dashboard_is_theirs_alone() throws Exception {
        mvc.perform(get("/coordination").with(demoUsers.as("coordinator"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("children missing now")));
        mvc.perform(get("/coordination/list").param("kind", "STATUS").param("key", "ACTIVE").with(demoUsers.as("coordinator")))
                .andExpect(status().isOk());
        mvc.perform(get("/coordination").with(demoUsers.as("caseworker"))).andExpect(status().isForbidden());
        mvc.perform(get("/notifications").with(demoUsers.as("police"))).andExpect(status().isOk());
        mvc.perform(get("/tasks/mine").with(demoUsers.as("police"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("My tasks")));
    }
}
