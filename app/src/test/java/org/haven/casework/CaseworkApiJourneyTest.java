package org.haven.casework;

import org.haven.access.ApiTokens;
import org.haven.support.DemoUsers;
import org.haven.support.HavenIntegrationTest;
import org.haven.support.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Duration;
import java.time.LocalDate;

import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The whole multi-agency journey through the API: presumed victim, team formed, conference, care
 * plan, interview, guardian appointed late, escalation seen by the coordinator, handover.
 */
@HavenIntegrationTest
class CaseworkApiJourneyTest {

    @Autowired MockMvc mvc;
    @Autowired ApiTokens tokens;
    @Autowired DemoUsers demoUsers;
    @Autowired MutableClock clock;

    private String token(String username) {
        return "Bearer " + tokens.issue(demoUsers.user(username), "api", Duration.ofDays(30)).token();
    }

    @Test
    void a_case_goes_from_presumption_to_handover_through_the_api_with_nothing_lost() throws Exception {
        String police = token("police");
        String lead = token("caseworker");
        String successor = token("caseworker2");
        String coordinator = token("coordinator");

        // Presumed victim: a police referral, accepted and decided by the lead agency.
        String location = mvc.perform(post("/api/v1/referrals").header("Authorization", police)
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"givenNames": "Amal", "estimatedAge": 14, "region": "Oslo",
                                 "observations": "Sleeps at the car wash where she works; the owner keeps her passport",
                                 "indicators": ["LAB_UNPAID_LONG_HOURS", "GEN_LIVES_AT_WORKPLACE"], "send": true}"""))
                .andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");
        String accepted = mvc.perform(post(location + "/acceptance").header("Authorization", lead)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"version\": 2}"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String caseId = accepted.replaceAll(".*\"caseId\":\"([^\"]+)\".*", "$1");
        String screening = accepted.replaceAll(".*\"screeningId\":\"([^\"]+)\".*", "$1");
        mvc.perform(post("/api/v1/screenings/{id}/decision", screening).header("Authorization", lead)
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"status": "PRESUMED_VICTIM", "forms": ["FORCED_LABOUR"], "decidedOn": "%s", "version": 2}"""
                                .formatted(LocalDate.now(clock))))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/cases/{id}/tasks", caseId).header("Authorization", lead))
                .andExpect(jsonPath("$[*].step", hasItem("APPOINT_GUARDIAN")));

        // The team forms; a case support person is named.
        mvc.perform(post("/api/v1/cases/{id}/team", caseId).header("Authorization", lead)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"userId\": \"%s\", \"role\": \"CASE_SUPPORT_PERSON\"}".formatted(demoUsers.user("ngo").id().value())))
                .andExpect(status().isNoContent());
        mvc.perform(post("/api/v1/cases/{id}/team", caseId).header("Authorization", lead)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"userId\": \"%s\", \"role\": \"POLICE\"}".formatted(demoUsers.user("prosecutor").id().value())))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("case.team.role-mismatch"));

        // A conference: the child's views, an action for the police.
        String conference = mvc.perform(post("/api/v1/cases/{id}/conferences", caseId).header("Authorization", lead)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"when\": \"%s\", \"place\": \"Barnahus Oslo\"}".formatted(clock.instant().plus(Duration.ofHours(1)))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()
                .replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
        clock.advance(Duration.ofHours(2));
        mvc.perform(post("/api/v1/conferences/{id}/outcome", conference).header("Authorization", lead)
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"attended": ["%s"], "childAttended": true, "childViews": "I want to go to school",
                                 "minutes": "One interview, at Barnahus.",
                                 "actions": [{"text": "Book the Barnahus interview", "owner": "%s", "dueOn": "%s"}],
                                 "version": 0}""".formatted(demoUsers.user("caseworker").id().value(),
                                demoUsers.user("police").id().value(), LocalDate.now(clock).plusDays(2))))
                .andExpect(status().isNoContent());

        // The care plan, and the interview.
        mvc.perform(put("/api/v1/cases/{id}/care-plan", caseId).header("Authorization", lead)
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"assessedOn": "%s", "needs": "Safe place, school, dentist", "goals": "School in January",
                                 "agreedOn": "%s", "services": [{"service": "EDUCATION", "provider": "Oslo school office",
                                 "consent": "GIVEN", "response": "PENDING"}], "version": 0}"""
                                .formatted(LocalDate.now(clock), LocalDate.now(clock))))
                .andExpect(status().isNoContent());
        mvc.perform(put("/api/v1/cases/{id}/care-plan", caseId).header("Authorization", lead)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"needs\": \"stale\", \"version\": 0}"))
                .andExpect(status().isConflict());
        mvc.perform(post("/api/v1/cases/{id}/interviews", caseId).header("Authorization", police)
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"heldAt": "%s", "interviewer": "Insp. Aas", "purpose": "CRIMINAL_INVESTIGATION",
                                 "premises": "BARNAHUS", "videoRecorded": true, "interpreterUsed": true, "language": "ar"}"""
                                .formatted(clock.instant().minusSeconds(60))))
                .andExpect(status().isCreated());

        // No guardian after a day: the step is escalated to the coordinator, who sees it; then one is appointed, late.
        clock.advance(Duration.ofHours(24));
        escalateOverdue();
        mvc.perform(get("/api/v1/coordination/escalations").header("Authorization", coordinator))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].caseId", hasItem(caseId)));
        mvc.perform(get("/api/v1/coordination/escalations").header("Authorization", lead)).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/cases/{id}/team", caseId).header("Authorization", lead)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"userId\": \"%s\", \"role\": \"GUARDIAN\"}".formatted(demoUsers.user("guardian").id().value())))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/cases/{id}/tasks", caseId).header("Authorization", lead))
                .andExpect(jsonPath("$[?(@.step == 'APPOINT_GUARDIAN')].late", hasItem(true)));

        // Staff rotate: the lead hands over; the successor sees everything, the leaver nothing.
        mvc.perform(post("/api/v1/cases/{id}/handover", caseId).header("Authorization", lead)
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"from": "%s", "to": "%s", "summary": "Amal trusts Amira (NGO). Interview done; school in January."}"""
                                .formatted(demoUsers.user("caseworker").id().value(), demoUsers.user("caseworker2").id().value())))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/cases/{id}/safeguards", caseId).header("Authorization", successor))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.measures.hoursToGuardian").value(greaterThanOrEqualTo(24)))
                .andExpect(jsonPath("$.measures.interviews").value(1));
        mvc.perform(get("/api/v1/cases/{id}/care-plan", caseId).header("Authorization", successor))
                .andExpect(jsonPath("$.needs").value("Safe place, school, dentist"));
        mvc.perform(get("/api/v1/conferences/{id}", conference).header("Authorization", successor))
                .andExpect(jsonPath("$.childViews").value("I want to go to school"));
        mvc.perform(get("/api/v1/cases/{id}/tasks", caseId).header("Authorization", lead)).andExpect(status().isForbidden());
    }

    @Autowired Tasks tasks;

    private void escalateOverdue() {
        tasks.escalateOverdue();
    }
}
