package org.haven.platform;

import org.haven.HavenApplication;
import org.haven.platform.database.DataDirectoryInUse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Starts Haven itself, twice, on one data directory: what a restart does to the data. */
class RestartTest {

    @TempDir
    Path dataDir;

    private ConfigurableApplicationContext start() {
        // Command-line arguments, as an operator would give them, take precedence over application.yml.
        return new SpringApplicationBuilder(HavenApplication.class)
                .run("--haven.data-dir=" + dataDir, "--server.port=0", "--haven.demo.mode=auto",
                        "--spring.main.banner-mode=off");
    }

    @Test
    void data_written_before_a_stop_is_there_after_the_next_start_and_demo_data_is_not_made_twice() {
        long organisations;
        try (var first = start()) {
            var jdbc = first.getBean(JdbcClient.class);
            organisations = count(jdbc, "directory_organisation");
            assertThat(organisations).isGreaterThan(0);
            jdbc.sql("INSERT INTO audit_event (occurred_at, actor_name, action, outcome) VALUES (now(), 'restart-test', 'marker', 'SUCCEEDED')")
                    .update();
        }
        try (var second = start()) {
            var jdbc = second.getBean(JdbcClient.class);
            assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE actor_name = 'restart-test'").query(Long.class).single())
                    .isEqualTo(1);
            assertThat(count(jdbc, "directory_organisation")).isEqualTo(organisations);
        }
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void a_second_instance_on_the_same_data_directory_stops_with_a_clear_message(CapturedOutput output) {
        try (var first = start()) {
            assertThatThrownBy(this::start)
                    .hasRootCauseInstanceOf(DataDirectoryInUse.class)
                    .rootCause().hasMessageContaining(dataDir.toString()).hasMessageContaining("in use");
            assertThat(output.getOut() + output.getErr())
                    .contains("another Haven instance is already running")
                    .contains("--haven.data-dir");
        }
    }

    private static long count(JdbcClient jdbc, String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }
}
