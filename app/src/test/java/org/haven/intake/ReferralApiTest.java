package org.haven.intake;

import org.haven.access.ApiTokens;
import org.haven.support.DemoUsers;
import org.haven.support.HavenIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Duration;
import java.time.LocalDate;

import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@HavenIntegrationTest
class ReferralApiTest {

    @Autowired MockMvc mvc;
    @Autowired ApiTokens tokens;
    @Autowired DemoUsers demoUsers;

    private String token(String username) {
        return "Bearer " + tokens.issue(demoUsers.user(username), "api", Duration.ofDays(1)).token();
    }

    @Test
    void a_police_system_refers_a_child_and_the_lead_agency_accepts_screens_and_decides_through_the_api() throws Exception {
        String police = token("police");
        String caseworker = token("caseworker");
        String location = mvc.perform(post("/api/v1/referrals").header("Authorization", police)
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"givenNames": "Nour", "estimatedAge": 13, "sex": "FEMALE", "region": "Oslo",
                                 "observations": "Found selling flowers at 2 a.m.; an adult took the money",
                                 "indicators": ["BEG_ADULT_COLLECTS_MONEY", "BEG_DAILY_QUOTA"],
                                 "immediateDanger": true, "send": true}"""))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("SUBMITTED"))
                .andReturn().getResponse().getHeader("Location");

        mvc.perform(get("/api/v1/referrals/incoming").header("Authorization", caseworker))
                .andExpect(jsonPath("$[*].content.givenNames", hasItem("Nour")));
        String accepted = mvc.perform(post(location + "/acceptance").header("Authorization", caseworker)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"version\": 2}"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        String screening = accepted.replaceAll(".*\"screeningId\":\"([^\"]+)\".*", "$1");

        mvc.perform(get("/api/v1/screenings/{id}", screening).header("Authorization", caseworker))
                .andExpect(jsonPath("$.suggestion.outcome").value("PRESUMED_VICTIM"))
                .andExpect(jsonPath("$.suggestion.reasons[0].messageCode").value("screening.reason.combined"));
        mvc.perform(post("/api/v1/screenings/{id}/decision", screening).header("Authorization", caseworker)
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"status": "PRESUMED_VICTIM", "forms": ["FORCED_BEGGING"], "decidedOn": "%s", "version": 2}"""
                                .formatted(LocalDate.now())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.decision.status").value("PRESUMED_VICTIM"));
    }

    @Test
    void a_referral_without_what_was_observed_is_refused_with_problem_details() throws Exception {
        mvc.perform(post("/api/v1/referrals").header("Authorization", token("ngo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"givenNames\": \"X\", \"send\": true}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("observations"));
        mvc.perform(get("/api/v1/indicators").header("Authorization", token("ngo")))
                .andExpect(jsonPath("$[0].texts.sv").exists());
    }

    @Test
    void a_misspelt_field_or_an_empty_sign_is_refused_by_name_and_nothing_is_saved() throws Exception {
        mvc.perform(post("/api/v1/referrals").header("Authorization", token("ngo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"observations\": \"Boy begging at the station\", \"immediateDangr\": true}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.field").value("immediateDangr"));
        mvc.perform(post("/api/v1/referrals").header("Authorization", token("ngo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"observations\": \"Boy begging at the station\", \"indicators\": [null]}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value(org.hamcrest.Matchers.startsWith("indicators")));
    }
}
