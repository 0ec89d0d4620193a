package org.haven.platform;

import org.haven.casework.CaseFiles;
import org.haven.casework.CaseId;
import org.haven.casework.EmergencyAccess;
import org.haven.casework.NewCase;
import org.haven.intake.ConfidentialReport;
import org.haven.intake.ConfidentialReports;
import org.haven.intake.Intake;
import org.haven.intake.Referral;
import org.haven.person.ChildDetails;
import org.haven.person.DateOfBirth;
import org.haven.person.Sex;
import org.haven.support.DemoUsers;
import org.haven.support.HavenIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Script typed into any text field (a child's name, a summary, what a referrer saw, a reason, a
 * child's report, a search) is shown as the text it is, never run: every page renders it escaped.
 */
@HavenIntegrationTest
class ScriptInjectionTest {

    private static final String SCRIPT = "<script>alert('x')</script>";
    private static final String SHOWN = "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;";

    @Autowired MockMvc mvc;
    @Autowired DemoUsers demoUsers;
    @Autowired CaseFiles caseFiles;
    @Autowired Intake intake;
    @Autowired EmergencyAccess emergencyAccess;
    @Autowired ConfidentialReports reports;

    private void shownEscaped(String url, RequestPostProcessor user) throws Exception {
        String page = mvc.perform(get(url).with(user)).andReturn().getResponse().getContentAsString();
        assertThat(page).as(url).doesNotContain(SCRIPT).contains(SHOWN);
    }

    @Test
    void script_in_any_text_field_is_shown_as_text_on_every_page() throws Exception {
        var caseworker = demoUsers.user("caseworker");
        CaseId kase = caseFiles.open(caseworker, new NewCase(new ChildDetails(SCRIPT, "Inject", List.of(SCRIPT), Sex.MALE,
                DateOfBirth.estimatedAge(12, 14, LocalDate.now()), List.of("NO"), List.of("no")),
                caseworker.organisationId().value(), "Summary " + SCRIPT));
        shownEscaped("/cases/" + kase, demoUsers.as("caseworker"));
        shownEscaped("/cases?q=Inject", demoUsers.as("caseworker"));

        var police = demoUsers.user("police");
        UUID referral = intake.startDraft(police);
        intake.write(police, referral, new Referral.Content(SCRIPT, "Inject", 13, null, "ro", SCRIPT, "Oslo",
                SCRIPT, "Observed " + SCRIPT, SCRIPT, false, false, Set.of()), 0);
        shownEscaped("/referrals/" + referral, demoUsers.as("police"));
        shownEscaped("/referrals/" + referral + "/edit", demoUsers.as("police"));

        emergencyAccess.open(demoUsers.user("coordinator"), kase, "Because " + SCRIPT + " at night");
        shownEscaped("/emergency-access", demoUsers.as("auditor"));

        var code = reports.receive(ConfidentialReport.Kind.REPORT, "en", "Help " + SCRIPT, "198.51.100.20");
        var thread = reports.open(code.shown(), "198.51.100.20").orElseThrow();
        shownEscaped("/intake/reports/" + thread.reportId(), demoUsers.as("coordinator"));

        String search = mvc.perform(get("/audit").param("actor", SCRIPT).with(demoUsers.as("auditor")))
                .andReturn().getResponse().getContentAsString();
        assertThat(search).doesNotContain(SCRIPT).contains(SHOWN);
    }
}
