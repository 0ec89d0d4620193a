package org.haven.platform;

import com.zaxxer.hikari.HikariDataSource;
import org.haven.casework.CaseFiles;
import org.haven.casework.CaseId;
import org.haven.casework.EmergencyAccess;
import org.haven.casework.NewCase;
import org.haven.intake.ConfidentialReport;
import org.haven.intake.ConfidentialReports;
import org.haven.intake.Intake;
import org.haven.intake.Referral;
import org.haven.intake.ReferralAttachments;
import org.haven.person.ChildDetails;
import org.haven.person.DateOfBirth;
import org.haven.person.Sex;
import org.haven.platform.crypto.FieldCipher;
import org.haven.platform.crypto.Reencryption;
import org.haven.support.DemoUsers;
import org.haven.support.HavenIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import javax.sql.DataSource;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A stolen database dump reveals no child's story: what a child, a referrer or a caseworker writes
 * about what happened is found in no table's raw rows (read as the database superuser, every column of
 * every row as text), only the names needed to find a child. A rotated data key re-encrypts
 * everything in the background, and everything still reads back.
 */
@HavenIntegrationTest
class EncryptionAtRestTest {

    @Autowired Intake intake;
    @Autowired ReferralAttachments attachments;
    @Autowired ConfidentialReports reports;
    @Autowired CaseFiles caseFiles;
    @Autowired EmergencyAccess emergencyAccess;
    @Autowired FieldCipher cipher;
    @Autowired Reencryption reencryption;
    @Autowired DemoUsers demoUsers;
    @Autowired DataSource dataSource;
    @Autowired org.springframework.test.web.servlet.MockMvc mvc;

    @Test
    void what_was_written_about_a_child_is_in_no_raw_row_and_survives_a_key_rotation() {
        String marker = "Zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        var police = demoUsers.user("police");
        UUID referral = intake.startDraft(police);
        intake.write(police, referral, new Referral.Content("Mihai", null, 13, null, "ro", "Central station", "Oslo",
                "This morning", "Observed " + marker + " begging", "A man " + marker, false, false, Set.of()), 0);
        UUID photo = attachments.add(police, referral, "photo.txt", ("file " + marker).getBytes());
        var code = reports.receive(ConfidentialReport.Kind.REPORT, "en", "My boss " + marker + " keeps my passport", "198.51.100.9");
        var caseworker = demoUsers.user("caseworker");
        CaseId kase = caseFiles.open(caseworker, new NewCase(new ChildDetails("Ana", "Rest", List.of(), Sex.FEMALE,
                DateOfBirth.estimatedAge(14, 15, LocalDate.now()), List.of("RO"), List.of("ro")),
                caseworker.organisationId().value(), "Summary " + marker));
        emergencyAccess.open(demoUsers.user("coordinator"), kase, "Emergency because " + marker + " called at night");

        assertThat(tablesContaining(marker)).isEmpty();

        String rotatedTo = cipher.rotate();
        reencryption.reencryptAll();

        assertThat(reencryption.progress().done()).isTrue();
        assertThat(cipher.activeKeyId()).isEqualTo(rotatedTo);
        assertThat(tablesContaining(marker)).isEmpty();
        assertThat(reports.open(code.shown(), "198.51.100.9").orElseThrow().messages().get(0).text()).contains(marker);
        assertThat(new String(attachments.open(police, referral, photo).content())).contains(marker);
        assertThat(intake.view(police, referral).observations()).contains(marker);
    }

    private List<String> tablesContaining(String marker) {
        String url = ((HikariDataSource) dataSource).getJdbcUrl().replace("user=haven_app", "user=postgres");
        var superuser = JdbcClient.create(new SingleConnectionDataSource(url, "postgres", "postgres", true));
        var found = new ArrayList<String>();
        for (String table : superuser.sql("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")
                .query(String.class).list()) {
            long rows = superuser.sql("SELECT count(*) FROM " + table + " t WHERE t::text LIKE :marker")
                    .param("marker", "%" + marker + "%").query(Long.class).single();
            // bytea columns show as hex in a row's text
            long bytes = superuser.sql("SELECT count(*) FROM " + table + " t WHERE t::text LIKE '%' || encode(convert_to(:marker, 'UTF8'), 'hex') || '%'")
                    .param("marker", marker).query(Long.class).single();
            if (rows + bytes > 0) {
                found.add(table);
            }
        }
        return found;
    }

    @Test
    void an_administrator_sees_the_data_keys_and_rotates_them_and_no_one_else_can() throws Exception {
        mvc.perform(get("/admin/encryption").with(demoUsers.as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Encrypts new values")));
        String before = cipher.activeKeyId();
        mvc.perform(post("/admin/encryption/rotate").with(csrf()).with(demoUsers.as("admin")))
                .andExpect(redirectedUrl("/admin/encryption"));
        assertThat(cipher.activeKeyId()).isNotEqualTo(before);

        mvc.perform(post("/admin/encryption/rotate").with(csrf()).with(demoUsers.as("auditor"))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/encryption").with(demoUsers.as("coordinator"))).andExpect(status().isForbidden());
    }
}
