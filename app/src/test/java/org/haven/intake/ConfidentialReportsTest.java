package org.haven.intake;

import org.haven.platform.DomainRuleViolation;
import org.haven.support.DemoUsers;
import org.haven.support.HavenIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@HavenIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class ConfidentialReportsTest {

    @Autowired ConfidentialReports reports;
    @Autowired DemoUsers demoUsers;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;

    @Test
    void a_child_reports_without_an_account_and_the_code_brings_back_the_thread_with_the_answer() {
        var code = reports.receive(ConfidentialReport.Kind.REPORT, "ar", "أنا في خطر. رجل يأخذ مالي كل يوم", "192.0.2.1");
        var opened = reports.open(code.shown(), "192.0.2.1").orElseThrow();
        var caseworker = demoUsers.user("coordinator");
        assertThat(reports.inbox(caseworker)).extracting(ConfidentialReport::id).contains(opened.reportId());

        reports.answer(caseworker, opened.reportId(), "نحن هنا لمساعدتك. أين أنت الآن؟");
        var again = reports.open(code.shown().toLowerCase().replace("-", " "), "192.0.2.1").orElseThrow();
        assertThat(again.messages()).extracting(ConfidentialReports.Message::text)
                .containsExactly("أنا في خطر. رجل يأخذ مالي كل يوم", "نحن هنا لمساعدتك. أين أنت الآن؟");
        reports.writeAgain(again.reportId(), "في المحطة");
        assertThat(reports.read(caseworker, again.reportId()).messages()).hasSize(3);
    }

    @Test
    void the_code_and_the_text_are_never_stored_in_clear() {
        var code = reports.receive(ConfidentialReport.Kind.REPORT, "en", "He keeps my passport", "192.0.2.1");
        var row = jdbc.sql("SELECT lookup_id, secret_hash FROM intake_confidential_report WHERE lookup_id = :l")
                .param("l", code.lookupId()).query((rs, n) -> List.of(rs.getString(1), rs.getString(2))).single();

        assertThat(row.get(1)).startsWith("$argon2id$").doesNotContain(code.secret());
        assertThat(jdbc.sql("SELECT count(*) FROM intake_confidential_report WHERE secret_hash LIKE :s OR lookup_id LIKE :s")
                .param("s", "%" + code.secret() + "%").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT body FROM intake_report_message").query(String.class).list())
                .allSatisfy(body -> assertThat(body).startsWith("v2:").doesNotContain("passport"));
    }

    @Test
    void wrong_codes_lock_the_report_for_a_while_even_against_the_right_code() {
        var code = reports.receive(ConfidentialReport.Kind.REPORT, "en", "Help", "192.0.2.1");
        String wrong = code.lookupId() + "0000000000";
        for (int i = 0; i < 5; i++) {
            assertThat(reports.open(wrong, "192.0.2." + i)).isEmpty();
        }
        assertThat(reports.open(code.shown(), "192.0.2.9")).as("locked: even the right code opens nothing for now").isEmpty();
    }

    @Test
    void complaints_go_to_the_national_referral_office_not_to_a_case_team() {
        var code = reports.receive(ConfidentialReport.Kind.COMPLAINT, "sv", "Polisen lyssnade inte på mig", "192.0.2.1");
        var id = reports.open(code.shown(), "192.0.2.1").orElseThrow().reportId();

        assertThat(reports.inbox(demoUsers.user("coordinator"))).extracting(ConfidentialReport::id).contains(id);
        assertThat(reports.inbox(demoUsers.user("caseworker"))).extracting(ConfidentialReport::id).doesNotContain(id);
    }

    @Test
    void nothing_the_public_pages_do_keeps_the_senders_address_in_the_database_or_the_logs(CapturedOutput output)
            throws Exception {
        var session = new MockHttpSession();
        String shown = (String) mvc.perform(post("/report").session(session).with(csrf())
                        .with(request -> { request.setRemoteAddr("203.0.113.77"); return request; })
                        .param("kind", "REPORT").param("text", "Someone takes the money I get"))
                .andExpect(status().is3xxRedirection())
                .andReturn().getFlashMap().get("code");
        mvc.perform(post("/report/follow-up").session(session).with(csrf())
                        .with(request -> { request.setRemoteAddr("203.0.113.77"); return request; })
                        .param("code", shown))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/report/follow-up").session(session))
                .andExpect(content().string(containsString("Someone takes the money I get")));

        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE source_address = '203.0.113.77'")
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE actor_name = 'anonymous-reporter' AND source_address IS NOT NULL")
                .query(Long.class).single()).isZero();
        assertThat(output.getAll()).doesNotContain("203.0.113.77");
    }

    @Test
    void a_program_that_fills_the_hidden_field_gets_a_code_that_opens_nothing() throws Exception {
        long before = jdbc.sql("SELECT count(*) FROM intake_confidential_report").query(Long.class).single();
        mvc.perform(post("/report").with(csrf()).param("text", "spam").param("hv_extra", "http://spam.example"))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attributeExists("code"));
        assertThat(jdbc.sql("SELECT count(*) FROM intake_confidential_report").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void a_child_who_writes_for_longer_than_a_session_lasts_still_gets_the_report_through() throws Exception {
        mvc.perform(post("/report").param("text", "It took me a long time to write this"))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl("/report/received"));
        mvc.perform(post("/report/follow-up/message").param("text", "forged")).andExpect(status().isForbidden());
    }

    @Test
    void an_empty_message_is_explained_and_nothing_is_received() throws Exception {
        long before = jdbc.sql("SELECT count(*) FROM intake_confidential_report").query(Long.class).single();
        mvc.perform(post("/report").with(csrf()).param("text", "  ").param("lang", "ar"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("dir=\"rtl\"")));
        assertThat(jdbc.sql("SELECT count(*) FROM intake_confidential_report").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void one_thread_cannot_be_flooded_with_messages_in_a_day() {
        var code = reports.receive(ConfidentialReport.Kind.REPORT, "en", "Help", "192.0.2.1");
        var id = reports.open(code.shown(), "192.0.2.1").orElseThrow().reportId();
        for (int i = 1; i < ConfidentialReport.MAX_REPORTER_MESSAGES_A_DAY; i++) {
            reports.writeAgain(id, "message " + i);
        }
        assertThatThrownBy(() -> reports.writeAgain(id, "one too many"))
                .isInstanceOf(DomainRuleViolation.class).hasMessage("report.thread.full");
        reports.answer(demoUsers.user("coordinator"), id, "We read everything. We are here.");
    }

    @Test
    void the_chosen_language_is_forgotten_when_the_browser_closes() throws Exception {
        mvc.perform(get("/report").param("lang", "ar"))
                .andExpect(header()
                        .string("Set-Cookie", allOf(containsString("HAVEN_LANG=ar"),
                                not(containsString("Max-Age")),
                                not(containsString("Expires")))));
    }
}
