package org.haven.screening;

import org.haven.audit.AuditEntry;
import org.haven.audit.AuditSearch;
import org.haven.casework.CaseFiles;
import org.haven.casework.CaseId;
import org.haven.casework.CaseTask;
import org.haven.casework.NewCase;
import org.haven.casework.ProcedureTrigger;
import org.haven.casework.TaskKind;
import org.haven.casework.Tasks;
import org.haven.casework.TeamRole;
import org.haven.person.ChildDetails;
import org.haven.person.DateOfBirth;
import org.haven.person.Sex;
import org.haven.platform.NoAccess;
import org.haven.support.DemoUsers;
import org.haven.support.HavenIntegrationTest;
import org.haven.support.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@HavenIntegrationTest
class ImmediateProtectionTest {

    @Autowired Identification identification;
    @Autowired CaseFiles caseFiles;
    @Autowired Tasks tasks;
    @Autowired org.haven.casework.Procedures procedures;
    @Autowired DemoUsers demoUsers;
    @Autowired MutableClock clock;
    @Autowired AuditSearch auditSearch;
    @Autowired org.springframework.test.web.servlet.MockMvc mvc;

    private CaseId presumedVictim(String... indicators) {
        var caseworker = demoUsers.user("caseworker");
        CaseId caseId = caseFiles.open(caseworker, new NewCase(new ChildDetails("Denisa", "Moldovan", List.of(),
                Sex.FEMALE, DateOfBirth.unknown(), List.of("RO"), List.of("ro")), caseworker.organisationId().value(), null));
        ScreeningId id = identification.start(caseworker, caseId);
        long version = 0;
        for (String indicator : indicators) {
            identification.observe(caseworker, id, indicator, null, null, version++);
        }
        identification.decide(caseworker, id, new Decision(VictimStatus.PRESUMED_VICTIM, Set.of(), LocalDate.now(clock),
                null, null, null), version);
        return caseId;
    }

    @Test
    void a_presumed_victim_decision_puts_the_immediate_protection_checklist_on_the_lead_agency_queue() {
        CaseId caseId = presumedVictim("BEG_YOUNG_CHILD_MEDICATED");
        var caseworker = demoUsers.user("caseworker");

        List<CaseTask> opened = tasks.ofCase(caseworker, caseId);

        assertThat(opened).filteredOn(t -> t.step() == null).extracting(CaseTask::kind)
                .containsExactlyInAnyOrderElementsOf(ImmediateProtection.checklist(Urgency.STANDARD).keySet());
        assertThat(opened).filteredOn(t -> t.step() != null).extracting(CaseTask::step).contains("APPOINT_GUARDIAN");
        var doNotRelease = opened.stream().filter(t -> t.kind() == TaskKind.DO_NOT_RELEASE_TO_UNVERIFIED_ADULT)
                .findFirst().orElseThrow();
        var accommodation = opened.stream().filter(t -> t.kind() == TaskKind.SAFE_SPECIALISED_ACCOMMODATION)
                .findFirst().orElseThrow();
        assertThat(Duration.between(doNotRelease.createdAt(), doNotRelease.dueAt())).isEqualTo(Duration.ofHours(1));
        assertThat(Duration.between(accommodation.createdAt(), accommodation.dueAt()))
                .as("immediate danger: safe accommodation within two hours").isEqualTo(Duration.ofHours(2));
        assertThat(tasks.queue(demoUsers.user("caseworker2")))
                .anySatisfy(q -> assertThat(q.task().caseId()).isEqualTo(caseId.value()));
    }

    @Test
    void a_task_past_its_deadline_escalates_once_and_the_audit_log_says_so() {
        CaseId caseId = presumedVictim("GEN_UNVERIFIED_ADULT", "CRIM_REPEATED_POLICE_CONTACTS");

        clock.advance(Duration.ofMinutes(61));
        tasks.escalateOverdue();
        tasks.escalateOverdue();

        var caseTasks = tasks.ofCase(demoUsers.user("caseworker"), caseId);
        assertThat(caseTasks).filteredOn(t -> t.escalatedAt() != null && t.step() == null).extracting(CaseTask::kind)
                .containsExactly(TaskKind.DO_NOT_RELEASE_TO_UNVERIFIED_ADULT);
        assertThat(auditSearch.forCase(caseId.value(), 50)).filteredOn(e -> e.action().equals("task.escalated"))
                .hasSize(1).first().extracting(AuditEntry::actorName).isEqualTo("deadline-watch");
        assertThat(tasks.queue(demoUsers.user("supervisor")))
                .anySatisfy(q -> {
                    assertThat(q.task().caseId()).isEqualTo(caseId.value());
                    assertThat(q.overdue()).isTrue();
                });
    }

    @Test
    void a_colleague_who_takes_a_task_joins_the_case_team_and_marks_it_done() {
        CaseId caseId = presumedVictim("SEX_SOLD_OR_OFFERED");
        var colleague = demoUsers.user("caseworker2");
        var task = tasks.queue(colleague).stream().filter(q -> q.task().caseId().equals(caseId.value()))
                .map(Tasks.QueuedTask::task).filter(t -> t.kind() == TaskKind.REQUEST_GUARDIAN).findFirst().orElseThrow();

        tasks.take(colleague, task.id(), task.version());
        assertThat(caseFiles.view(colleague, caseId).myRole()).isEqualTo(TeamRole.CASEWORKER);
        tasks.complete(colleague, task.id(), "Guardian requested from the guardianship service", task.version() + 1);

        assertThat(tasks.ofCase(colleague, caseId)).filteredOn(t -> t.kind() == TaskKind.REQUEST_GUARDIAN)
                .singleElement().satisfies(t -> assertThat(t.isDone()).isTrue());
    }

    @Test
    void only_the_lead_agency_takes_its_tasks() {
        CaseId caseId = presumedVictim("SEX_SOLD_OR_OFFERED");
        var task = tasks.queue(demoUsers.user("caseworker")).stream()
                .filter(q -> q.task().caseId().equals(caseId.value())).findFirst().orElseThrow().task();

        assertThatThrownBy(() -> tasks.take(demoUsers.user("bergen.caseworker"), task.id(), task.version()))
                .isInstanceOf(NoAccess.class);
        assertThat(tasks.queue(demoUsers.user("bergen.caseworker")))
                .noneSatisfy(q -> assertThat(q.task().caseId()).isEqualTo(caseId.value()));
    }

    @Test
    void the_queue_is_for_caseworkers_and_only_the_owner_or_the_case_managers_close_a_task() {
        CaseId caseId = presumedVictim("SEX_SOLD_OR_OFFERED");
        var caseworker = demoUsers.user("caseworker");
        caseFiles.addToTeam(caseworker, caseId, demoUsers.user("guardian").id(), TeamRole.GUARDIAN);
        var task = tasks.ofCase(caseworker, caseId).get(0);

        assertThatThrownBy(() -> tasks.queue(demoUsers.user("auditor"))).isInstanceOf(NoAccess.class);
        assertThatThrownBy(() -> tasks.complete(demoUsers.user("guardian"), task.id(), "done", task.version()))
                .isInstanceOf(NoAccess.class);
        tasks.take(demoUsers.user("caseworker2"), task.id(), task.version());
        assertThatThrownBy(() -> tasks.take(demoUsers.user("supervisor"), task.id(), task.version() + 1))
                .hasMessage("task.taken-by-someone-else");
    }

    @Test
    void when_another_agency_takes_the_lead_its_queue_gets_the_open_tasks() {
        CaseId caseId = presumedVictim("SEX_SOLD_OR_OFFERED");
        var caseworker = demoUsers.user("caseworker");
        var kase = caseFiles.current(caseworker, caseId).kase();
        var bergen = demoUsers.user("bergen.caseworker").organisationId().value();
        caseFiles.describe(caseworker, caseId, new org.haven.casework.CaseDetails(bergen, kase.status(), kase.summary()),
                kase.version());

        assertThat(tasks.queue(demoUsers.user("bergen.caseworker")))
                .anySatisfy(q -> assertThat(q.task().caseId()).isEqualTo(caseId.value()));
        assertThat(tasks.queue(demoUsers.user("caseworker2")))
                .noneSatisfy(q -> assertThat(q.task().caseId()).isEqualTo(caseId.value()));
    }

    @Test
    void police_on_the_team_see_on_the_case_that_the_non_punishment_principle_applies() throws Exception {
        CaseId caseId = presumedVictim("CRIM_FORCED_UNDER_THREAT");
        var caseworker = demoUsers.user("caseworker");
        caseFiles.addToTeam(caseworker, caseId, demoUsers.user("police").id(), TeamRole.POLICE);

        assertThat(caseFiles.view(demoUsers.user("police"), caseId).kase().protectionStatus())
                .isEqualTo(org.haven.casework.ProtectionStatus.PRESUMED_VICTIM);
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/cases/{id}", caseId.value())
                        .with(demoUsers.as("police")))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("the non-punishment principle applies")));
    }

    @Test
    void a_second_presumed_decision_does_not_open_the_checklist_twice() {
        CaseId caseId = presumedVictim("SEX_SOLD_OR_OFFERED");
        var caseworker = demoUsers.user("caseworker");
        ScreeningId again = identification.start(caseworker, caseId);
        identification.decide(caseworker, again, new Decision(VictimStatus.PRESUMED_VICTIM, Set.of(),
                LocalDate.now(clock), null, null, null), 0);

        int checklistAndSteps = tasks.ofCase(caseworker, caseId).size();
        assertThat(tasks.ofCase(caseworker, caseId)).filteredOn(t -> t.step() == null)
                .hasSize(ImmediateProtection.checklist(Urgency.STANDARD).size());
        assertThat(checklistAndSteps).isEqualTo(ImmediateProtection.checklist(Urgency.STANDARD).size()
                + procedures.current().startedBy(ProcedureTrigger.PRESUMED_VICTIM).size());
    }
}
