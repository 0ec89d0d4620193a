package org.haven.screening;

import org.haven.casework.CaseFiles;
import org.haven.casework.CaseId;
import org.haven.casework.NewCase;
import org.haven.person.ChildDetails;
import org.haven.person.DateOfBirth;
import org.haven.person.Sex;
import org.haven.support.DemoUsers;
import org.haven.support.HavenIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.util.List;
import java.util.UUID;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@HavenIntegrationTest
class ScreeningPagesTest {

    @Autowired MockMvc mvc;
    @Autowired DemoUsers demoUsers;
    @Autowired CaseFiles caseFiles;
    @Autowired Identification identification;

    private ScreeningId screening() {
        var caseworker = demoUsers.user("caseworker");
        CaseId caseId = caseFiles.open(caseworker, new NewCase(new ChildDetails("Ana", "Stoica", List.of(),
                Sex.FEMALE, DateOfBirth.unknown(), List.of("RO"), List.of()), caseworker.organisationId().value(), null));
        return identification.start(caseworker, caseId);
    }

    @Test
    void ticked_observations_show_up_with_the_suggestion_and_its_reasons() throws Exception {
        var id = screening();
        mvc.perform(post("/screenings/{id}/observations", id.value()).with(csrf()).with(demoUsers.as("caseworker"))
                        .param("codes", "BEG_ADULT_COLLECTS_MONEY", "BEG_DAILY_QUOTA", "CTX_APPEARS_HAPPY")
                        .param("source", "PROFESSIONAL_OBSERVATION").param("note", "Outside the station, 07:00-21:00")
                        .param("version", "0"))
                .andExpect(redirectedUrl("/screenings/" + id + "#observations"));

        mvc.perform(get("/screenings/{id}", id.value()).with(demoUsers.as("caseworker")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Reasonable grounds: presumed victim"),
                        containsString("Together the indicators give reasonable grounds (score 6, 6 needed)"),
                        containsString("by rule never lowers the outcome"),
                        containsString("Child appears happy"),
                        containsString("Outside the station, 07:00-21:00"),
                        containsString("Forced begging"))));
    }

    @Test
    void ticking_several_observations_records_all_or_none() throws Exception {
        var id = screening();
        mvc.perform(post("/screenings/{id}/observations", id.value()).with(csrf()).with(demoUsers.as("caseworker"))
                        .param("codes", "BEG_DAILY_QUOTA", "NOT_IN_THE_CATALOGUE").param("version", "0"))
                .andExpect(status().is3xxRedirection());

        org.assertj.core.api.Assertions.assertThat(identification.view(demoUsers.user("caseworker"), id)
                .screening().observedCodes()).isEmpty();
    }

    @Test
    void a_refused_decision_is_explained_and_keeps_what_was_typed() throws Exception {
        var id = screening();
        mvc.perform(post("/screenings/{id}/decision", id.value()).with(csrf()).with(demoUsers.as("caseworker"))
                        .param("status", "IDENTIFIED_VICTIM").param("day", "1").param("month", "11").param("year", "2026")
                        .param("reasons", "Police confirmed the network").param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Identification needs the deciding authority and the legal basis"),
                        containsString("Police confirmed the network"))));
    }

    @Test
    void the_case_lists_its_screenings_and_a_new_one_can_be_started_from_there() throws Exception {
        var caseworker = demoUsers.user("caseworker");
        CaseId caseId = caseFiles.open(caseworker, new NewCase(new ChildDetails("Ioana", null, List.of(), Sex.FEMALE,
                DateOfBirth.unknown(), List.of(), List.of()), caseworker.organisationId().value(), null));
        mvc.perform(post("/cases/{id}/screenings", caseId.value()).with(csrf()).with(demoUsers.as("caseworker")))
                .andExpect(redirectedUrlPattern("/screenings/*"));
        mvc.perform(get("/cases/{id}/screenings", caseId.value()).with(demoUsers.as("caseworker")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Not decided yet")));
        mvc.perform(get("/cases/{id}/screenings", caseId.value()).with(demoUsers.as("bergen.caseworker")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/screenings/{id}", UUID.randomUUID()).with(demoUsers.as("caseworker")))
                .andExpect(status().isNotFound());
    }

    @Test
    void the_screening_page_speaks_swedish_including_the_indicators() throws Exception {
        var id = screening();
        mvc.perform(get("/screenings/{id}", id.value()).param("lang", "sv").with(demoUsers.as("caseworker")))
                .andExpect(content().string(allOf(containsString("Tecken på exploatering"),
                        containsString("Barnet måste dra in ett bestämt belopp varje dag"))));
    }
}
