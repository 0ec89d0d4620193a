package org.haven.audit;

import com.zaxxer.hikari.HikariDataSource;
import org.haven.casework.Notifications;
import org.haven.support.DemoUsers;
import org.haven.support.HavenIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.test.web.servlet.MockMvc;

import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * Tampering with the audit log directly in the database, as its superuser would, is detected; the
 * application's own database role cannot change it at all. Each test puts back what it changed, so
 * the shared database stays intact for the other tests.
 */
@HavenIntegrationTest
class AuditChainTest {

    @Autowired AuditChain chain;
    @Autowired AuditTrail trail;
    @Autowired JdbcClient jdbc;
    @Autowired DataSource dataSource;
    @Autowired Notifications notifications;
    @Autowired DemoUsers demoUsers;
    @Autowired MockMvc mvc;

    @Test
    void every_entry_is_sealed_and_an_untouched_log_verifies_as_intact() {
        long entry = writeEntry("sealed");
        chain.sealNew();

        assertThat(jdbc.sql("SELECT count(*) FROM audit_seal WHERE entry_id = :id").param("id", entry).query(Long.class).single())
                .isEqualTo(1);
        var verification = chain.verify();
        assertThat(verification.problems()).isEmpty();
        assertThat(verification.sealsChecked()).isGreaterThan(0);
    }

    @Test
    void an_entry_changed_by_the_database_superuser_is_detected_and_told_to_the_auditors() {
        long entry = writeEntry("to be changed");
        chain.sealNew();
        var superuser = superuser();
        String original = superuser.sql("SELECT actor_name FROM audit_event WHERE id = :id").param("id", entry).query(String.class).single();
        try {
            asSuperuser(superuser, "UPDATE audit_event SET actor_name = 'someone innocent' WHERE id = " + entry);

            var verification = chain.verify();

            assertThat(verification.intact()).isFalse();
            assertThat(verification.problems()).anyMatch(p -> p.contains("entry " + entry) && p.contains("changed"));
            assertThat(notifications.mine(demoUsers.user("auditor")))
                    .anyMatch(n -> n.messageCode().equals("notice.audit.chain-broken"));
        } finally {
            asSuperuser(superuser, "UPDATE audit_event SET actor_name = '" + original + "' WHERE id = " + entry);
        }
        assertThat(chain.verify().problems()).isEmpty();
    }

    @Test
    void an_entry_removed_by_the_database_superuser_is_detected() {
        long entry = writeEntry("to be removed");
        chain.sealNew();
        var superuser = superuser();
        asSuperuser(superuser, "CREATE TEMP TABLE kept_entry AS SELECT * FROM audit_event WHERE id = " + entry);
        try {
            asSuperuser(superuser, "DELETE FROM audit_event WHERE id = " + entry);

            assertThat(chain.verify().problems()).anyMatch(p -> p.contains("entry " + entry) && p.contains("removed"));
        } finally {
            asSuperuser(superuser, "INSERT INTO audit_event OVERRIDING SYSTEM VALUE SELECT * FROM kept_entry");
        }
        assertThat(chain.verify().problems()).isEmpty();
    }

    @Test
    void cutting_the_newest_entries_and_their_seals_away_is_detected_from_the_head_kept_outside_the_database() {
        long entry = writeEntry("the newest");
        chain.sealNew();
        var superuser = superuser();
        asSuperuser(superuser, "CREATE TEMP TABLE kept_seals AS SELECT * FROM audit_seal WHERE position >= "
                + "(SELECT position FROM audit_seal WHERE entry_id = " + entry + ")");
        asSuperuser(superuser, "CREATE TEMP TABLE kept_entries AS SELECT * FROM audit_event WHERE id IN (SELECT entry_id FROM kept_seals)");
        try {
            asSuperuser(superuser, "DELETE FROM audit_seal WHERE position IN (SELECT position FROM kept_seals)");
            asSuperuser(superuser, "DELETE FROM audit_event WHERE id IN (SELECT id FROM kept_entries)");

            assertThat(chain.verify().problems()).anyMatch(p -> p.contains("cut from its end"));
        } finally {
            asSuperuser(superuser, "DELETE FROM audit_seal WHERE position >= (SELECT min(position) FROM kept_seals)");
            asSuperuser(superuser, "INSERT INTO audit_event OVERRIDING SYSTEM VALUE SELECT * FROM kept_entries");
            asSuperuser(superuser, "INSERT INTO audit_seal OVERRIDING SYSTEM VALUE SELECT * FROM kept_seals");
        }
        assertThat(chain.verify().problems()).isEmpty();
    }

    @Test
    void the_application_database_role_can_neither_change_nor_remove_audit_entries_nor_switch_off_the_guard() {
        writeEntry("guarded");
        chain.sealNew();

        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_event SET actor_name = 'x'").update()).rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_seal").update()).rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.sql("TRUNCATE audit_event").update()).rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.sql("ALTER TABLE audit_event DISABLE TRIGGER ALL").update()).rootCause().hasMessageContaining("must be owner");
    }

    @Test
    void an_auditor_checks_the_chain_from_the_audit_page() throws Exception {
        writeEntry("checked from the page");

        mvc.perform(post("/audit/chain-check").with(csrf()).with(demoUsers.as("auditor")))
                .andExpect(redirectedUrl("/audit"))
                .andExpect(result -> assertThat(((AuditChain.Verification) result.getFlashMap().get("chain")).intact()).isTrue());
        mvc.perform(post("/audit/chain-check").with(csrf()).with(demoUsers.as("caseworker")))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isForbidden());
        mvc.perform(get("/audit").with(demoUsers.as("auditor")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Check the hash chain now")));
    }

    private long writeEntry(String what) {
        trail.record(Actor.system("audit-chain-test"), AuditRecord.succeeded("test." + what.replace(' ', '-'), "test", null));
        return jdbc.sql("SELECT max(id) FROM audit_event WHERE actor_name = 'audit-chain-test'").query(Long.class).single();
    }

    /** One connection as the database's superuser (temporary tables live as long as it does). */
    private JdbcClient superuser() {
        String url = ((HikariDataSource) dataSource).getJdbcUrl().replace("user=haven_app", "user=postgres");
        return JdbcClient.create(new SingleConnectionDataSource(url, "postgres", "postgres", true));
    }

    private static void asSuperuser(JdbcClient superuser, String sql) {
        superuser.sql("ALTER TABLE audit_event DISABLE TRIGGER USER").update();
        superuser.sql("ALTER TABLE audit_seal DISABLE TRIGGER USER").update();
        try {
            superuser.sql(sql).update();
        } finally {
            superuser.sql("ALTER TABLE audit_event ENABLE TRIGGER USER").update();
            superuser.sql("ALTER TABLE audit_seal ENABLE TRIGGER USER").update();
        }
    }
}
