package org.haven.screening;

import org.haven.audit.AuditEntry;
import org.haven.audit.AuditSearch;
import org.haven.casework.CaseFiles;
import org.haven.casework.CaseId;
import org.haven.casework.NewCase;
import org.haven.casework.TaskKind;
import org.haven.casework.Tasks;
import org.haven.casework.TeamRole;
import org.haven.person.ChildDetails;
import org.haven.person.DateOfBirth;
import org.haven.person.Sex;
import org.haven.platform.DomainRuleViolation;
import org.haven.platform.EditConflict;
import org.haven.platform.NoAccess;
import org.haven.support.DemoUsers;
import org.haven.support.HavenIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@HavenIntegrationTest
@RecordApplicationEvents
class IdentificationIntegrationTest {

    @Autowired Identification identification;
    @Autowired CaseFiles caseFiles;
    @Autowired DemoUsers demoUsers;
    @Autowired AuditSearch auditSearch;
    @Autowired ApplicationEvents events;
    @Autowired Tasks tasks;

    private CaseId openCase() {
        var caseworker = demoUsers.user("caseworker");
        return caseFiles.open(caseworker, new NewCase(new ChildDetails("Cristina", "Lăcătuș", List.of(), Sex.FEMALE,
                DateOfBirth.estimatedAge(11, 12, LocalDate.now()), List.of("RO"), List.of("ro")),
                caseworker.organisationId().value(), "Caught stealing handbags with an uncle nearby"));
    }

    @Test
    void a_case_team_records_observations_and_a_caseworker_decides_presumed_victim() {
        var caseworker = demoUsers.user("caseworker");
        CaseId caseId = openCase();
        caseFiles.addToTeam(caseworker, caseId, demoUsers.user("police").id(), TeamRole.POLICE);
        var police = demoUsers.user("police");
        ScreeningId id = identification.start(police, caseId);

        identification.observe(police, id, "CRIM_REPEATED_POLICE_CONTACTS", ObservationSource.RECORDS, "9 times", 0);
        identification.observe(police, id, "GEN_UNVERIFIED_ADULT", ObservationSource.PROFESSIONAL_OBSERVATION, null, 1);
        identification.observe(police, id, "CTX_DENIES_OR_CONSENTS", ObservationSource.CHILD_ACCOUNT, null, 2);
        var view = identification.view(caseworker, id);
        assertThat(view.suggestion().outcome()).isEqualTo(SuggestedOutcome.PRESUMED_VICTIM);
        assertThat(view.suggestion().urgency()).isEqualTo(Urgency.HIGH_MISSING_RISK);

        identification.decide(caseworker, id, new Decision(VictimStatus.PRESUMED_VICTIM,
                Set.of(ExploitationForm.FORCED_CRIMINALITY), LocalDate.now(), null, null, "Reasonable grounds"), 3);

        var decided = identification.view(caseworker, id).screening().decision().orElseThrow();
        assertThat(decided.traffickingStatus()).isEqualTo(TraffickingStatus.POSSIBLE);
        assertThat(events.stream(ChildPresumedVictim.class))
                .anySatisfy(e -> {
                    assertThat(e.caseId()).isEqualTo(caseId.value());
                    assertThat(e.urgency()).isEqualTo(Urgency.HIGH_MISSING_RISK);
                });
        assertThat(auditSearch.forCase(caseId.value(), 100)).extracting(AuditEntry::action)
                .contains("screening.started", "screening.observed", "screening.viewed", "screening.decided");
    }

    @Test
    void not_a_victim_cannot_be_decided_while_a_severe_indicator_stands() {
        var caseworker = demoUsers.user("caseworker");
        CaseId caseId = openCase();
        ScreeningId id = identification.start(caseworker, caseId);
        identification.observe(caseworker, id, "BEG_TAKINGS_UNDER_THREAT", null, null, 0);

        assertThatThrownBy(() -> identification.decide(caseworker, id, new Decision(VictimStatus.NOT_A_VICTIM,
                Set.of(), LocalDate.now(), null, null, null), 1))
                .isInstanceOf(DomainRuleViolation.class).hasMessage("screening.decision.severe-observed");

        identification.withdraw(caseworker, id, "BEG_TAKINGS_UNDER_THREAT", 1);
        identification.decide(caseworker, id, new Decision(VictimStatus.NOT_A_VICTIM, Set.of(), LocalDate.now(),
                null, null, "Recorded in error"), 2);
        assertThat(identification.view(caseworker, id).screening().decision().orElseThrow().status())
                .isEqualTo(VictimStatus.NOT_A_VICTIM);

        identification.observe(caseworker, id, "SEX_SOLD_OR_OFFERED", null, null, 3);
        assertThat(identification.view(caseworker, id).screening().decision())
                .as("a severe indicator observed later reopens the decision").isEmpty();
    }

    @Test
    void identification_needs_the_deciding_authority_and_the_legal_basis() {
        var caseworker = demoUsers.user("caseworker");
        ScreeningId id = identification.start(caseworker, openCase());

        assertThatThrownBy(() -> identification.decide(caseworker, id, new Decision(VictimStatus.IDENTIFIED_VICTIM,
                Set.of(), LocalDate.now(), "", null, null), 0))
                .hasMessage("screening.decision.identification-needs-authority");
    }

    @Test
    void a_guardian_on_the_team_records_but_does_not_decide_and_outsiders_see_nothing() {
        var caseworker = demoUsers.user("caseworker");
        CaseId caseId = openCase();
        caseFiles.addToTeam(caseworker, caseId, demoUsers.user("guardian").id(), TeamRole.GUARDIAN);
        var guardian = demoUsers.user("guardian");
        ScreeningId id = identification.start(caseworker, caseId);

        identification.observe(guardian, id, "GEN_FEARFUL", ObservationSource.CHILD_ACCOUNT, null, 0);
        assertThat(identification.view(guardian, id).mayDecide()).isFalse();
        assertThatThrownBy(() -> identification.decide(guardian, id, new Decision(VictimStatus.PRESUMED_VICTIM,
                Set.of(), LocalDate.now(), null, null, null), 1)).isInstanceOf(NoAccess.class);
        assertThatThrownBy(() -> identification.view(demoUsers.user("se.caseworker"), id)).isInstanceOf(NoAccess.class);
        assertThat(auditSearch.forCase(caseId.value(), 20))
                .anySatisfy(e -> assertThat(e.outcome()).isEqualTo(AuditEntry.Outcome.REFUSED));
    }

    @Test
    void an_observation_on_an_old_version_of_the_screening_is_a_conflict() {
        var caseworker = demoUsers.user("caseworker");
        ScreeningId id = identification.start(caseworker, openCase());
        identification.observe(caseworker, id, "GEN_MANY_MOVES", null, null, 0);

        assertThatThrownBy(() -> identification.observe(caseworker, id, "GEN_FEARFUL", null, null, 0))
                .isInstanceOf(EditConflict.class);
        assertThatThrownBy(() -> identification.observe(caseworker, id, "NOT_IN_CATALOGUE", null, null, 1))
                .hasMessage("screening.indicator.unknown");
    }

    @Test
    void danger_learnt_after_the_decision_brings_the_open_protection_tasks_forward() {
        var caseworker = demoUsers.user("caseworker");
        CaseId caseId = openCase();
        ScreeningId id = identification.start(caseworker, caseId);
        identification.observe(caseworker, id, "CRIM_REPEATED_POLICE_CONTACTS", ObservationSource.RECORDS, null, 0);
        identification.observe(caseworker, id, "GEN_UNVERIFIED_ADULT", ObservationSource.PROFESSIONAL_OBSERVATION, null, 1);
        identification.decide(caseworker, id, new Decision(VictimStatus.PRESUMED_VICTIM,
                Set.of(ExploitationForm.FORCED_CRIMINALITY), LocalDate.now(), null, null, "Reasonable grounds"), 2);
        var guardian = tasks.ofCase(caseworker, caseId).stream()
                .filter(t -> t.kind() == TaskKind.REQUEST_GUARDIAN).findFirst().orElseThrow();
        var plannedBefore = guardian.dueAt();

        identification.observe(caseworker, id, "GEN_THREATS", ObservationSource.CHILD_ACCOUNT, "They said they will hurt my sister", 3);

        var replanned = tasks.ofCase(caseworker, caseId).stream()
                .filter(t -> t.kind() == TaskKind.REQUEST_GUARDIAN).findFirst().orElseThrow();
        assertThat(replanned.dueAt()).isBefore(plannedBefore)
                .isEqualTo(replanned.createdAt().plus(ImmediateProtection.checklist(Urgency.IMMEDIATE_DANGER)
                        .get(TaskKind.REQUEST_GUARDIAN)));
        assertThat(tasks.ofCase(caseworker, caseId)).filteredOn(t -> t.step() == null).extracting(t -> t.kind())
                .doesNotHaveDuplicates();
    }
}
