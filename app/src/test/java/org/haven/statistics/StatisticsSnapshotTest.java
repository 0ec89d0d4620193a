package org.haven.statistics;

import org.haven.audit.AuditTrail;
import org.haven.casework.CaseFacts;
import org.haven.casework.CaseFiles;
import org.haven.casework.NewCase;
import org.haven.directory.Directory;
import org.haven.person.ChildDetails;
import org.haven.person.ChildRegistry;
import org.haven.person.DateOfBirth;
import org.haven.person.Sex;
import org.haven.screening.ScreeningFacts;
import org.haven.support.DemoUsers;
import org.haven.support.HavenIntegrationTest;
import org.haven.support.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The statistics count from a snapshot that is read again in the background once it is too old. */
@HavenIntegrationTest
class StatisticsSnapshotTest {

    @Autowired CaseFacts caseFacts;
    @Autowired CaseFiles caseFiles;
    @Autowired ChildRegistry children;
    @Autowired ScreeningFacts screeningFacts;
    @Autowired Directory directory;
    @Autowired AuditTrail audit;
    @Autowired MutableClock clock;
    @Autowired DemoUsers demoUsers;

    @Test
    void a_table_is_answered_from_the_snapshot_and_an_old_snapshot_is_read_again_without_making_anyone_wait() {
        var statistics = new Statistics(caseFacts, caseFiles, children, screeningFacts, directory, audit, clock,
                ZoneId.of("Europe/Oslo"), 11, 1, Duration.ofMinutes(5));
        var first = statistics.snapshot();
        var lead = demoUsers.user("caseworker");
        caseFiles.open(lead, new NewCase(new ChildDetails("Snapshot", "Later", List.of(), Sex.MALE,
                DateOfBirth.estimatedAge(14, 15, LocalDate.now(clock)), List.of("UA"), List.of("uk")),
                lead.organisationId().value(), "Opened after the snapshot"));

        assertThat(statistics.snapshot()).as("younger than five minutes: not read again").isSameAs(first);

        clock.advance(Duration.ofMinutes(6));
        assertThat(statistics.snapshot()).as("too old: still answers at once, from the old one").isSameAs(first);
        await().atMost(Duration.ofSeconds(30)).until(() -> statistics.snapshot() != first);
        assertThat(statistics.snapshot().cases()).hasSize(first.cases().size() + 1);
    }
}
