package org.haven.dataprotection;

import org.haven.casework.CaseDetails;
import org.haven.casework.CaseFiles;
import org.haven.casework.CaseId;
import org.haven.casework.CaseStatus;
import org.haven.intake.Intake;
import org.haven.intake.Referral;
import org.haven.support.DemoUsers;
import org.haven.support.HavenIntegrationTest;
import org.haven.support.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The retention rules, run as of a day years ahead (the shared clock is not moved): closed cases
 * anonymised in every module, unsent drafts deleted, and nothing touched on legal hold.
 */
@HavenIntegrationTest
class RetentionTest {

    @Autowired Intake intake;
    @Autowired org.haven.intake.ConfidentialReports reports;
    @Autowired CaseFiles caseFiles;
    @Autowired Retention retention;
    @Autowired LegalHolds holds;
    @Autowired SubjectAccess subjectAccess;
    @Autowired DemoUsers demoUsers;
    @Autowired MutableClock clock;
    @Autowired MockMvc mvc;

    private CaseId closedCaseFromReferral(String givenName, String observed) {
        var police = demoUsers.user("police");
        UUID referral = intake.startDraft(police);
        intake.write(police, referral, new Referral.Content(givenName, "Retained", 15, null, "ro", "Central station", "Oslo",
                "This morning", observed, null, false, false, Set.of()), 0);
        intake.submit(police, referral, 1);
        var caseworker = demoUsers.user("caseworker");
        var id = intake.acceptIntoNewCase(caseworker, referral, 2).caseId();
        var kase = caseFiles.current(caseworker, id).kase();
        caseFiles.describe(caseworker, id, new CaseDetails(kase.leadAgencyId(), CaseStatus.CLOSED,
                "Summary about " + givenName, "Returned to her mother in Iasi", "Tasks no longer needed"), kase.version());
        return id;
    }

    private String reference(CaseId id) {
        return caseFiles.current(demoUsers.user("caseworker"), id).kase().reference();
    }

    @Test
    void a_case_closed_five_years_ago_is_anonymised_everywhere_unless_it_is_on_legal_hold() {
        CaseId old = closedCaseFromReferral("Denisa", "Forced to beg at the station by Ion");
        CaseId held = closedCaseFromReferral("Larisa", "Seen with bruises");
        holds.place(demoUsers.user("auditor"), reference(held), "Criminal proceedings against the exploiter are open");
        Instant fiveYearsOn = clock.instant().atOffset(ZoneOffset.UTC).plus(Period.ofYears(5)).plusDays(1).toInstant();

        assertThat(retention.previewAt(fiveYearsOn)).anySatisfy(rule -> {
            assertThat(rule.messageCode()).isEqualTo("retention.rule.closed-cases");
            assertThat(rule.due()).anyMatch(label -> label.startsWith(reference(old))).noneMatch(label -> label.startsWith(reference(held)));
        });

        retention.applyAt(fiveYearsOn);

        var anonymised = subjectAccess.answer(demoUsers.user("auditor"), reference(old));
        assertThat(anonymised.childName()).isEqualTo("Anonymised");
        String everything = anonymised.records().toString();
        assertThat(everything).doesNotContain("Denisa", "Forced to beg", "Summary about", "Returned to her mother")
                .contains("[removed under the retention rules]", "CLOSED");
        var kept = subjectAccess.answer(demoUsers.user("auditor"), reference(held));
        assertThat(kept.childName()).contains("Larisa");
        assertThat(kept.records().toString()).contains("Seen with bruises", "Summary about Larisa");
    }

    @Test
    void a_confidential_report_nobody_wrote_in_for_two_years_is_deleted_with_its_messages() {
        var code = reports.receive(org.haven.intake.ConfidentialReport.Kind.REPORT, "en",
                "My cousin works at the car wash at night and cannot leave", "198.51.100.23");

        retention.applyAt(clock.instant().plus(Duration.ofDays(365)));
        assertThat(reports.open(code.shown(), "198.51.100.23")).isPresent();
        assertThat(retention.previewAt(clock.instant().plus(Duration.ofDays(2 * 365 + 2))))
                .anySatisfy(rule -> assertThat(rule.messageCode()).isEqualTo("retention.rule.confidential-reports"))
                .anySatisfy(rule -> assertThat(rule.due()).anyMatch(label -> label.startsWith("report of")));

        retention.applyAt(clock.instant().plus(Duration.ofDays(2 * 365 + 2)));
        assertThat(reports.open(code.shown(), "198.51.100.23")).isEmpty();
    }

    @Test
    void a_referral_draft_never_sent_is_deleted_after_ninety_days_and_not_before() {
        var police = demoUsers.user("police");
        UUID draft = intake.startDraft(police);

        retention.applyAt(clock.instant().plus(Duration.ofDays(30)));
        assertThat(intake.view(police, draft)).isNotNull();

        retention.applyAt(clock.instant().plus(Duration.ofDays(91)));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> intake.view(police, draft))
                .isInstanceOf(org.haven.platform.NotFound.class);
    }

    @Test
    void the_auditor_previews_the_rules_and_a_hold_on_an_unknown_case_is_refused_with_the_input_kept() throws Exception {
        mvc.perform(get("/data-protection/retention").with(demoUsers.as("auditor")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Cases closed more than P5Y ago are anonymised")));
        mvc.perform(post("/data-protection/legal-holds").with(csrf()).with(demoUsers.as("auditor"))
                        .param("reference", "NO-1999-00001").param("reason", "Court order 12/2026"))
                .andExpect(content().string(containsString("No case has this reference")))
                .andExpect(content().string(containsString("Court order 12/2026")));
        mvc.perform(get("/data-protection/retention").with(demoUsers.as("coordinator"))).andExpect(status().isForbidden());
    }
}
