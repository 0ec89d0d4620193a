package org.haven.demo;

import org.haven.access.Accounts;
import org.haven.access.Role;
import org.haven.support.HavenIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.EnumSet;

import static org.assertj.core.api.Assertions.assertThat;

@HavenIntegrationTest
class DemoDataTest {

    @Autowired JdbcClient jdbc;
    @Autowired Accounts accounts;

    @Test
    void a_first_start_on_an_empty_embedded_database_brings_a_realistic_synthetic_data_set() {
        assertThat(jdbc.sql("SELECT count(DISTINCT country) FROM directory_organisation").query(Long.class).single())
                .isGreaterThanOrEqualTo(3);
        assertThat(jdbc.sql("SELECT name FROM directory_organisation").query(String.class).list())
                .allSatisfy(name -> assertThat(name).contains("demo"));
        var roles = EnumSet.noneOf(Role.class);
        accounts.all().forEach(user -> roles.addAll(user.roles()));
        assertThat(roles).containsAll(EnumSet.allOf(Role.class));
        assertThat(jdbc.sql("SELECT count(*) FROM person_child").query(Long.class).single())
                .isGreaterThanOrEqualTo(DemoData.CHILDREN);
        assertThat(jdbc.sql("SELECT DISTINCT script FROM person_name").query(String.class).list())
                .contains("Latn", "Cyrl", "Arab");
        assertThat(jdbc.sql("SELECT DISTINCT status FROM casework_case").query(String.class).list())
                .contains("ACTIVE", "FOLLOW_UP", "CLOSED", "CLOSED_REFERRED");
    }
}
