package org.haven.casework;

import org.haven.audit.Actor;
import org.haven.person.ChildDetails;
import org.haven.person.DateOfBirth;
import org.haven.person.Sex;
import org.haven.platform.DomainRuleViolation;
import org.haven.platform.NoAccess;
import org.haven.support.DemoUsers;
import org.haven.support.HavenIntegrationTest;
import org.haven.support.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The national referral mechanism as data: steps, deadlines, milestones, escalation, versions, handover. */
@HavenIntegrationTest
class ReferralProcedureTest {

    @Autowired CaseFiles caseFiles;
    @Autowired Tasks tasks;
    @Autowired Procedures procedures;
    @Autowired Coordination coordination;
    @Autowired DemoUsers demoUsers;
    @Autowired MutableClock clock;
    @Autowired JdbcClient jdbc;

    private CaseId presumedVictim(String name) {
        var caseworker = demoUsers.user("caseworker");
        CaseId id = caseFiles.open(caseworker, new NewCase(new ChildDetails(name, "Radu", List.of(), Sex.MALE,
                DateOfBirth.estimatedAge(14, 16, LocalDate.now(clock)), List.of("RO"), List.of("ro")),
                caseworker.organisationId().value(), "Forced to steal in shopping centres"));
        caseFiles.recordProtectionStatus(Actor.system("test"), id, ProtectionStatus.PRESUMED_VICTIM);
        return id;
    }

    private CaseTask step(CaseId id, String code) {
        return step(id, code, "caseworker");
    }

    private CaseTask step(CaseId id, String code, String asUser) {
        return tasks.ofCase(demoUsers.user(asUser), id).stream().filter(t -> code.equals(t.step()))
                .findFirst().orElseThrow();
    }

    @Test
    void presumption_opens_the_procedures_steps_with_their_deadlines_on_the_countrys_clock() {
        var before = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        CaseId id = presumedVictim("Ionuț");

        var guardian = step(id, "APPOINT_GUARDIAN");
        assertThat(Duration.between(guardian.createdAt(), guardian.dueAt())).isEqualTo(Duration.ofHours(24));
        assertThat(guardian.escalateTo()).isEqualTo(Escalation.COORDINATOR);
        assertThat(guardian.createdAt()).isAfterOrEqualTo(before);
        assertThat(tasks.ofCase(demoUsers.user("caseworker"), id)).extracting(CaseTask::step)
                .contains("NAME_CASE_SUPPORT_PERSON", "INDIVIDUAL_ASSESSMENT", "FIRST_INTERVIEW", "CARE_PLAN");
    }

    @Test
    void a_guardian_appointed_late_completes_the_step_as_late_after_it_was_escalated_to_the_coordinator() {
        CaseId id = presumedVictim("Marius");
        clock.advance(Duration.ofHours(30));
        tasks.escalateOverdue();
        assertThat(step(id, "APPOINT_GUARDIAN").escalatedAt()).isNotNull();
        assertThat(coordination.list(demoUsers.user("coordinator"), Coordination.ListKind.ESCALATED, ""))
                .extracting(Coordination.Line::caseId).contains(id.value());

        caseFiles.addToTeam(demoUsers.user("caseworker"), id, demoUsers.user("guardian").id(), TeamRole.GUARDIAN);

        var done = step(id, "APPOINT_GUARDIAN");
        assertThat(done.isDone()).isTrue();
        assertThat(done.wasLate(clock.instant())).isTrue();
        assertThat(done.milestone()).isEqualTo(Milestone.GUARDIAN_APPOINTED);
        assertThatThrownBy(() -> tasks.complete(demoUsers.user("caseworker"), step(id, "FIRST_INTERVIEW").id(), "done",
                step(id, "FIRST_INTERVIEW").version()))
                .isInstanceOf(DomainRuleViolation.class).hasMessage("task.completes-itself");
    }

    @Test
    void the_child_has_one_guardian_at_a_time() {
        CaseId id = presumedVictim("Andrei");
        var caseworker = demoUsers.user("caseworker");
        caseFiles.addToTeam(caseworker, id, demoUsers.user("guardian").id(), TeamRole.GUARDIAN);

        caseFiles.addToTeam(caseworker, id, demoUsers.user("ngo").id(), TeamRole.CASE_SUPPORT_PERSON);
        assertThatThrownBy(() -> caseFiles.addToTeam(caseworker, id, demoUsers.user("caseworker2").id(),
                TeamRole.CASE_SUPPORT_PERSON)).isInstanceOf(DomainRuleViolation.class).hasMessage("case.team.role-taken");
    }

    @Test
    void a_published_procedure_applies_to_new_cases_and_older_cases_keep_theirs() throws Exception {
        CaseId older = presumedVictim("Vlad");
        int olderVersion = caseFiles.current(demoUsers.user("caseworker"), older).kase().procedureVersion().orElseThrow();

        int published = procedures.publish(demoUsers.user("coordinator"), "Family court leads",
                Procedures.shipped(Procedures.FAMILY_COURT_EXAMPLE));
        CaseId newer = presumedVictim("Petru");

        assertThat(published).isGreaterThan(olderVersion);
        assertThat(step(newer, "NOTIFY_FAMILY_COURT").dueAt()).isNotNull();
        assertThat(tasks.ofCase(demoUsers.user("caseworker"), older)).extracting(CaseTask::step)
                .doesNotContain("NOTIFY_FAMILY_COURT");
        // Back to the default for the other tests: publishing is the only way to change the procedure.
        procedures.publish(demoUsers.user("coordinator"), "Default again", Procedures.shipped(Procedures.DEFAULT));
    }

    @Test
    void only_a_coordinator_publishes_and_a_broken_file_is_refused_with_its_line() {
        assertThatThrownBy(() -> procedures.publish(demoUsers.user("caseworker"), "Mine", Procedures.shipped(Procedures.DEFAULT)))
                .isInstanceOf(NoAccess.class);
        String broken = "code,trigger,within,unit,responsible,completed_by,escalate_to,en\n"
                + "APPOINT_GUARDIAN,PRESUMED_VICTIM,24,HOURS,LEAD_CASEWORKER,GUARDIAN_APPOINTED,COORDINATOR,Guardian\n"
                + "FIRST_INTERVIEW,PRESUMED_VICTIM,-3,DAYS,POLICE,INTERVIEW_RECORDED,COORDINATOR,Interview\n";
        assertThatThrownBy(() -> procedures.publish(demoUsers.user("coordinator"), "Broken", broken))
                .isInstanceOf(DomainRuleViolation.class).hasMessage("procedure.file.row")
                .satisfies(e -> assertThat(((DomainRuleViolation) e).arguments()).containsExactly(2L));
    }

    @Test
    void a_handover_moves_the_part_the_open_tasks_and_a_summary_to_the_successor_and_keeps_the_history() {
        CaseId id = presumedVictim("Dorin");
        var leaver = demoUsers.user("caseworker");
        var successor = demoUsers.user("caseworker2");
        var assessment = step(id, "INDIVIDUAL_ASSESSMENT");
        tasks.take(leaver, assessment.id(), assessment.version());

        caseFiles.handOver(leaver, id, leaver.id(), successor.id(), "Dorin trusts the NGO worker; never mention his uncle's name.");

        var file = caseFiles.view(successor, id);
        assertThat(file.myRole()).isEqualTo(TeamRole.LEAD_CASEWORKER);
        assertThat(step(id, "INDIVIDUAL_ASSESSMENT", "caseworker2").ownerId()).isEqualTo(successor.id().value());
        assertThat(caseFiles.handovers(successor, id)).singleElement()
                .satisfies(h -> assertThat(h.summary()).contains("never mention his uncle"));
        assertThat(file.kase().teamHistory()).anySatisfy(m -> {
            assertThat(m.userId()).isEqualTo(leaver.id().value());
            assertThat(m.leftAt()).isNotNull();
        });
        assertThatThrownBy(() -> caseFiles.view(leaver, id)).isInstanceOf(NoAccess.class);
    }
}
