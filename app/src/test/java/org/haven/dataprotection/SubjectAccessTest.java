package org.haven.dataprotection;

import org.haven.casework.CaseFiles;
import org.haven.intake.Intake;
import org.haven.intake.Referral;
import org.haven.support.DemoUsers;
import org.haven.support.HavenIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@HavenIntegrationTest
class SubjectAccessTest {

    @Autowired Intake intake;
    @Autowired CaseFiles caseFiles;
    @Autowired DemoUsers demoUsers;
    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    private String caseFromReferral(String observed, String adults) {
        var police = demoUsers.user("police");
        UUID referral = intake.startDraft(police);
        intake.write(police, referral, new Referral.Content("Sorin", "Lupu", 14, null, "ro", "Central station", "Oslo",
                "This morning", observed, adults, false, false, Set.of()), 0);
        intake.submit(police, referral, 1);
        var accepted = intake.acceptIntoNewCase(demoUsers.user("caseworker"), referral, 2);
        return caseFiles.current(demoUsers.user("caseworker"), accepted.caseId()).kase().reference();
    }

    @Test
    void the_auditor_gives_a_child_everything_held_about_them_with_other_people_withheld() throws Exception {
        String story = "Sold flowers " + UUID.randomUUID().toString().substring(0, 8);
        String adult = "A man called Dorin " + UUID.randomUUID().toString().substring(0, 8);
        String reference = caseFromReferral(story, adult);

        mvc.perform(get("/data-protection/subject-access").param("reference", reference).with(demoUsers.as("auditor")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Sorin Lupu")))
                .andExpect(content().string(containsString("Readable copy (PDF)")));

        String json = mvc.perform(get("/data-protection/subject-access/" + reference + ".json").with(demoUsers.as("auditor")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andReturn().getResponse().getContentAsString();
        assertThat(json).contains(story, "Sorin", "casework_case", "casework_team_member", "intake_referral", "person_name",
                "audit_event", reference, "[withheld: about another person]", "[a professional]");
        assertThat(json).doesNotContain(adult).doesNotContain("v2:");

        byte[] pdf = mvc.perform(get("/data-protection/subject-access/" + reference + ".pdf").with(demoUsers.as("auditor")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        String text = new com.lowagie.text.pdf.parser.PdfTextExtractor(new com.lowagie.text.pdf.PdfReader(pdf)).getTextFromPage(1);
        assertThat(text).contains("What Haven holds about Sorin Lupu");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'subject-access.answered' AND actor_name = 'auditor'")
                .query(Long.class).single()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void only_the_data_protection_auditors_answer_and_an_unknown_reference_is_said_so() throws Exception {
        String reference = caseFromReferral("Seen at night", null);

        mvc.perform(get("/data-protection/subject-access/" + reference + ".json").with(demoUsers.as("caseworker")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/data-protection/subject-access/" + reference + ".json").with(demoUsers.as("admin")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/data-protection/subject-access").param("reference", "NO-1999-99999").with(demoUsers.as("auditor")))
                .andExpect(content().string(containsString("No case has this reference")))
                .andExpect(content().string(containsString("value=\"NO-1999-99999\"")));
    }
}
