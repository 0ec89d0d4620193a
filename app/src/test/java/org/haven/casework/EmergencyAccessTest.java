package org.haven.casework;

import org.haven.audit.AuditEntry;
import org.haven.audit.AuditSearch;
import org.haven.person.ChildDetails;
import org.haven.person.DateOfBirth;
import org.haven.person.Sex;
import org.haven.support.DemoUsers;
import org.haven.support.HavenIntegrationTest;
import org.haven.support.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@HavenIntegrationTest
class EmergencyAccessTest {

    private static final String REASON = "Child reported missing at 02:00, team unreachable, need the guardian's name";

    @Autowired MockMvc mvc;
    @Autowired DemoUsers demoUsers;
    @Autowired CaseFiles caseFiles;
    @Autowired Notifications notifications;
    @Autowired AuditSearch auditSearch;
    @Autowired EmergencyAccess emergencyAccess;
    @Autowired MutableClock clock;

    private CaseId openCase(String givenNames) {
        var caseworker = demoUsers.user("caseworker");
        var child = new ChildDetails(givenNames, "Emergency", List.of(), Sex.FEMALE,
                DateOfBirth.estimatedAge(14, 16, LocalDate.now()), List.of("RO"), List.of("ro"));
        return caseFiles.open(caseworker, new NewCase(child, caseworker.organisationId().value(), "Found at the station"));
    }

    @Test
    void an_officer_outside_the_team_opens_the_case_in_an_emergency_and_the_lead_agency_and_auditors_are_told() throws Exception {
        CaseId id = openCase("Ioana");

        mvc.perform(get("/cases/" + id).with(demoUsers.as("police")))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("Open this case in an emergency")))
                .andExpect(content().string(not(containsString("Ioana"))));

        mvc.perform(post("/cases/" + id + "/emergency-access").with(csrf()).with(demoUsers.as("police")).param("reason", "urgent"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("in at least 20 characters")))
                .andExpect(content().string(containsString(">urgent</textarea>")));

        mvc.perform(post("/cases/" + id + "/emergency-access").with(csrf()).with(demoUsers.as("police")).param("reason", REASON))
                .andExpect(redirectedUrl("/cases/" + id));
        mvc.perform(get("/cases/" + id).with(demoUsers.as("police")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Emergency access until")))
                .andExpect(content().string(containsString("Ioana Emergency")))
                .andExpect(content().string(containsString("Ingrid Berg")))
                .andExpect(content().string(not(containsString("Found at the station"))));

        assertThat(notifications.mine(demoUsers.user("caseworker")))
                .anyMatch(n -> n.messageCode().equals("notice.emergency-access") && id.value().equals(n.caseId()));
        assertThat(notifications.mine(demoUsers.user("supervisor")))
                .anyMatch(n -> n.messageCode().equals("notice.emergency-access") && id.value().equals(n.caseId()));
        assertThat(notifications.mine(demoUsers.user("auditor")))
                .anyMatch(n -> n.messageCode().equals("notice.emergency-access.review") && n.caseId() == null);
        assertThat(auditSearch.forCase(id.value(), 20))
                .anyMatch(e -> e.action().equals("case.emergency-access.opened") && e.actorName().equals("police"))
                .anyMatch(e -> e.action().equals("case.emergency-access.used") && e.actorName().equals("police"));
    }

    @Test
    void emergency_access_reads_the_case_page_only_and_ends_by_itself() throws Exception {
        CaseId id = openCase("Maria");
        emergencyAccess.open(demoUsers.user("police"), id, REASON);

        mvc.perform(get("/cases/" + id + "/edit").with(demoUsers.as("police"))).andExpect(status().isForbidden());
        mvc.perform(get("/cases/" + id + "/care-plan").with(demoUsers.as("police"))).andExpect(status().isForbidden());
        mvc.perform(get("/cases/" + id + "/whereabouts").with(demoUsers.as("police"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/cases/" + id).with(demoUsers.as("police"))).andExpect(status().is4xxClientError());

        clock.advance(Duration.ofHours(4).plusMinutes(1));

        mvc.perform(get("/cases/" + id).with(demoUsers.as("police"))).andExpect(status().isForbidden());
    }

    @Test
    void people_who_never_work_on_cases_cannot_break_the_glass() throws Exception {
        CaseId id = openCase("Elena");

        mvc.perform(get("/cases/" + id).with(demoUsers.as("analyst")))
                .andExpect(status().isForbidden())
                .andExpect(content().string(not(containsString("Open this case in an emergency"))));
        mvc.perform(post("/cases/" + id + "/emergency-access").with(csrf()).with(demoUsers.as("analyst")).param("reason", REASON))
                .andExpect(status().isForbidden());
        assertThat(auditSearch.forCase(id.value(), 20))
                .anyMatch(e -> e.action().equals("case.emergency-access.opened") && e.outcome() == AuditEntry.Outcome.REFUSED);
    }

    @Test
    void an_auditor_reviews_each_use_and_must_say_why_one_was_not_justified() throws Exception {
        CaseId id = openCase("Ana");
        emergencyAccess.open(demoUsers.user("coordinator"), id, REASON);
        var use = emergencyAccess.forReview(demoUsers.user("auditor")).stream()
                .filter(u -> u.caseId().equals(id)).findFirst().orElseThrow();
        assertThat(use.reason()).isEqualTo(REASON);
        assertThat(use.reviewed()).isFalse();

        mvc.perform(post("/emergency-access/" + use.id() + "/review").with(csrf()).with(demoUsers.as("auditor"))
                        .param("justified", "false").param("note", "").param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Write why the use was not justified")));
        mvc.perform(post("/emergency-access/" + use.id() + "/review").with(csrf()).with(demoUsers.as("auditor"))
                        .param("justified", "false").param("note", "The team was reachable by phone").param("version", "0"))
                .andExpect(redirectedUrl("/emergency-access"));
        mvc.perform(post("/emergency-access/" + use.id() + "/review").with(csrf()).with(demoUsers.as("auditor"))
                        .param("justified", "true").param("version", "0"))
                .andExpect(content().string(containsString("Another auditor reviewed this use meanwhile")));
        mvc.perform(get("/emergency-access").with(demoUsers.as("auditor")))
                .andExpect(content().string(containsString("The team was reachable by phone")));

        mvc.perform(get("/emergency-access").with(demoUsers.as("caseworker"))).andExpect(status().isForbidden());
        mvc.perform(get("/emergency-access").with(demoUsers.as("admin"))).andExpect(status().isForbidden());
    }
}
