package org.haven.casework;

import org.haven.support.DemoUsers;
import org.haven.support.HavenIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@HavenIntegrationTest
class ProcedurePagesTest {

    @Autowired MockMvc mvc;
    @Autowired DemoUsers demoUsers;

    @Test
    void everyone_reads_the_procedure_and_only_a_coordinator_sees_how_to_publish_one() throws Exception {
        mvc.perform(get("/procedure").with(demoUsers.as("police")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("A guardian is appointed and on the case team"),
                        containsString("24 hours of the presumed-victim decision"), not(containsString("name=\"csv\"")))));
        mvc.perform(get("/procedure").param("example", "family-court").with(demoUsers.as("coordinator")))
                .andExpect(content().string(containsString("NOTIFY_FAMILY_COURT")));
        mvc.perform(post("/procedure").param("name", "Mine").param("csv", "x").with(csrf()).with(demoUsers.as("caseworker")))
                .andExpect(status().isForbidden());
    }

    @Test
    void a_broken_procedure_is_explained_with_its_line_and_the_edited_text_stays() throws Exception {
        String edited = "code,trigger,within,unit,responsible,completed_by,escalate_to,en\n"
                + "APPOINT_GUARDIAN,PRESUMED_VICTIM,24,HOURS,LEAD_CASEWORKER,GUARDIAN_APPOINTED,SOMEONE,Guardian soon\n";
        mvc.perform(post("/procedure").param("name", "Faster guardians").param("csv", edited).with(csrf())
                        .with(demoUsers.as("coordinator")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Line 1: a trigger, deadline"),
                        containsString("Guardian soon"), containsString("value=\"Faster guardians\""))));
    }
}
