package org.haven.casework;

import org.haven.audit.AuditEntry;
import org.haven.audit.AuditSearch;
import org.haven.person.ChildDetails;
import org.haven.person.DateOfBirth;
import org.haven.person.Sex;
import org.haven.platform.EditConflict;
import org.haven.platform.NoAccess;
import org.haven.support.DemoUsers;
import org.haven.support.HavenIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@HavenIntegrationTest
@RecordApplicationEvents
class CaseworkIntegrationTest {

    @Autowired ApplicationEvents events;

    @Autowired CaseFiles caseFiles;
    @Autowired DemoUsers demoUsers;
    @Autowired AuditSearch auditSearch;
    @Autowired JdbcClient jdbc;

    private CaseId openCaseAsCaseworker(String givenNames) {
        var caseworker = demoUsers.user("caseworker");
        var child = new ChildDetails(givenNames, "Петров", List.of("Sasha P."), Sex.MALE,
                DateOfBirth.estimatedAge(13, 15, LocalDate.now()), List.of("UA"), List.of("uk", "ru"));
        return caseFiles.open(caseworker, new NewCase(child, caseworker.organisationId().value(), "Found at the mall"));
    }

    @Test
    void a_caseworker_registers_a_child_and_opens_a_case_that_they_lead() {
        var caseworker = demoUsers.user("caseworker");
        CaseId id = openCaseAsCaseworker("Олександр");

        var file = caseFiles.view(caseworker, id);

        assertThat(file.child().primaryName().fullName()).isEqualTo("Олександр Петров");
        assertThat(file.child().primaryName().script()).isEqualTo("Cyrl");
        assertThat(file.child().aliases()).extracting(n -> n.fullName()).containsExactly("Sasha P.");
        assertThat(file.child().dateOfBirth().precision()).isEqualTo(DateOfBirth.Precision.ESTIMATED);
        assertThat(file.kase().reference()).matches("NO-\\d{4}-\\d{5}");
        assertThat(file.kase().status()).isEqualTo(CaseStatus.ACTIVE);
        assertThat(file.myRole()).isEqualTo(TeamRole.LEAD_CASEWORKER);
        assertThat(caseFiles.myCases(caseworker, "oleksandr petrov", 0))
                .extracting(CaseSummary::id).contains(id);
    }

    @Test
    void opening_a_case_and_reading_it_are_both_in_the_audit_log() {
        var caseworker = demoUsers.user("caseworker");
        CaseId id = openCaseAsCaseworker("Богдан");
        var file = caseFiles.view(caseworker, id);

        List<AuditEntry> entries = auditSearch.forCase(id.value(), 10);

        assertThat(entries).extracting(AuditEntry::action).contains("case.opened", "case.viewed");
        var read = entries.stream().filter(e -> e.action().equals("case.viewed")).findFirst().orElseThrow();
        assertThat(read.actorName()).isEqualTo("caseworker");
        assertThat(read.subjectType()).isEqualTo("child");
        assertThat(read.subjectId()).isEqualTo(file.child().id().toString());
        assertThat(read.outcome()).isEqualTo(AuditEntry.Outcome.SUCCEEDED);
        assertThat(auditSearch.search(new AuditSearch.Criteria("caseworker", "child.registered",
                file.child().id().toString(), null, null, 0))).hasSize(1);
    }

    @Test
    void someone_outside_the_case_team_gets_no_access_and_the_attempt_is_audited() {
        CaseId id = openCaseAsCaseworker("Тарас");
        var outsider = demoUsers.user("se.caseworker");

        assertThatThrownBy(() -> caseFiles.view(outsider, id)).isInstanceOf(NoAccess.class);

        assertThat(auditSearch.forCase(id.value(), 10))
                .anySatisfy(entry -> {
                    assertThat(entry.actorName()).isEqualTo("se.caseworker");
                    assertThat(entry.action()).isEqualTo("case.viewed");
                    assertThat(entry.outcome()).isEqualTo(AuditEntry.Outcome.REFUSED);
                });
        assertThat(caseFiles.myCases(outsider, "taras", 0)).isEmpty();
    }

    @Test
    void a_team_member_who_is_not_a_caseworker_can_read_but_not_change_the_case() {
        var caseworker = demoUsers.user("caseworker");
        CaseId id = openCaseAsCaseworker("Назар");
        var police = demoUsers.user("police");
        caseFiles.addToTeam(caseworker, id, police.id(), TeamRole.POLICE);

        assertThat(caseFiles.view(police, id).mayManage()).isFalse();
        long version = caseFiles.current(caseworker, id).kase().version();
        assertThatThrownBy(() -> caseFiles.describe(police, id,
                new CaseDetails(caseworker.organisationId().value(), CaseStatus.CLOSED, "closing", "Returned home", null), version))
                .isInstanceOf(NoAccess.class);
        assertThat(caseFiles.current(caseworker, id).kase().status()).isEqualTo(CaseStatus.ACTIVE);
    }

    @Test
    void a_second_edit_based_on_an_old_version_is_refused_as_a_conflict_and_overwrites_nothing() {
        var caseworker = demoUsers.user("caseworker");
        CaseId id = openCaseAsCaseworker("Андрій");
        var seen = caseFiles.current(caseworker, id);
        long childVersion = seen.child().version();
        var first = new ChildDetails("Andrii", "Petrov", List.of(), Sex.MALE, DateOfBirth.unknown(), List.of("UA"), List.of());
        var second = new ChildDetails("Andriy", "Petrenko", List.of(), Sex.MALE, DateOfBirth.unknown(), List.of("UA"), List.of());

        caseFiles.correctChild(caseworker, id, first, childVersion);

        assertThatThrownBy(() -> caseFiles.correctChild(caseworker, id, second, childVersion))
                .isInstanceOf(EditConflict.class);
        var now = caseFiles.current(caseworker, id).child();
        assertThat(now.primaryName().fullName()).isEqualTo("Andrii Petrov");
        assertThat(now.version()).isEqualTo(childVersion + 1);
    }

    @Test
    void a_case_change_on_an_old_version_is_a_conflict() {
        var caseworker = demoUsers.user("caseworker");
        CaseId id = openCaseAsCaseworker("Максим");
        var seen = caseFiles.current(caseworker, id).kase();
        UUID agency = seen.leadAgencyId();
        caseFiles.describe(caseworker, id, new CaseDetails(agency, CaseStatus.FOLLOW_UP, "first"), seen.version());

        assertThatThrownBy(() -> caseFiles.describe(caseworker, id,
                new CaseDetails(agency, CaseStatus.CLOSED, "second", "Moved abroad", null), seen.version()))
                .isInstanceOf(EditConflict.class);
        assertThat(caseFiles.current(caseworker, id).kase().summary()).isEqualTo("first");
    }

    @Test
    void a_failed_case_opening_leaves_no_child_behind() {
        var caseworker = demoUsers.user("caseworker");
        long childrenBefore = jdbc.sql("SELECT count(*) FROM person_child").query(Long.class).single();
        var child = new ChildDetails("Orphan", "Record", List.of(), Sex.FEMALE, DateOfBirth.unknown(), List.of(), List.of());

        assertThatThrownBy(() -> caseFiles.open(caseworker, new NewCase(child, UUID.randomUUID(), "unknown agency")))
                .hasMessageContaining("case.lead-agency.unknown");

        assertThat(jdbc.sql("SELECT count(*) FROM person_child").query(Long.class).single()).isEqualTo(childrenBefore);
    }

    @Test
    void opening_and_closing_a_case_are_announced_to_other_modules_once_each() {
        var caseworker = demoUsers.user("caseworker");
        CaseId id = openCaseAsCaseworker("Артём");
        var kase = caseFiles.current(caseworker, id).kase();
        caseFiles.describe(caseworker, id, new CaseDetails(kase.leadAgencyId(), CaseStatus.CLOSED, "done", "Turned 18, adult services took over", null), kase.version());
        caseFiles.describe(caseworker, id, new CaseDetails(kase.leadAgencyId(), CaseStatus.CLOSED_REFERRED, "done"),
                kase.version() + 1);

        assertThat(events.stream(CaseOpened.class)).extracting(CaseOpened::caseId).containsExactly(id);
        assertThat(events.stream(CaseClosed.class)).extracting(CaseClosed::caseId).containsExactly(id);
    }

    @Test
    void a_part_in_the_team_goes_only_to_someone_whose_role_fits_it() {
        var caseworker = demoUsers.user("caseworker");
        CaseId id = openCaseAsCaseworker("Никита");

        assertThatThrownBy(() -> caseFiles.addToTeam(caseworker, id, demoUsers.user("analyst").id(),
                TeamRole.LEAD_CASEWORKER)).hasMessageContaining("case.team.role-mismatch");
        assertThatThrownBy(() -> caseFiles.addToTeam(caseworker, id, demoUsers.user("police").id(),
                TeamRole.GUARDIAN)).hasMessageContaining("case.team.role-mismatch");
        caseFiles.addToTeam(caseworker, id, demoUsers.user("guardian").id(), TeamRole.GUARDIAN);
        assertThat(caseFiles.current(caseworker, id).team()).extracting(m -> m.role())
                .contains(TeamRole.GUARDIAN);
    }

    @Test
    void the_case_must_keep_a_lead_caseworker() {
        var caseworker = demoUsers.user("caseworker");
        CaseId id = openCaseAsCaseworker("Кирилл");

        assertThatThrownBy(() -> caseFiles.removeFromTeam(caseworker, id, caseworker.id()))
                .hasMessageContaining("case.team.last-lead");
    }

    @Test
    void the_audit_log_refuses_to_be_rewritten() {
        openCaseAsCaseworker("Дмитрий");

        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_event SET actor_name = 'someone else'").update())
                .rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_event").update())
                .rootCause().hasMessageContaining("permission denied");
    }
}
