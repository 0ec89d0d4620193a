package org.haven.casework;

import org.haven.audit.Actor;
import org.haven.person.ChildDetails;
import org.haven.person.DateOfBirth;
import org.haven.person.Sex;
import org.haven.platform.DomainRuleViolation;
import org.haven.platform.EditConflict;
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
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** One team at work on one case: conferences, the care plan, interviews, and the safeguards they add up to. */
@HavenIntegrationTest
class TeamWorkTest {

    @Autowired CaseFiles caseFiles;
    @Autowired Tasks tasks;
    @Autowired Conferences conferences;
    @Autowired CarePlans carePlans;
    @Autowired Interviews interviews;
    @Autowired Safeguards safeguards;
    @Autowired DemoUsers demoUsers;
    @Autowired MutableClock clock;
    @Autowired JdbcClient jdbc;

    private CaseId presumedVictimWithTeam(String name) {
        var caseworker = demoUsers.user("caseworker");
        CaseId id = caseFiles.open(caseworker, new NewCase(new ChildDetails(name, "Kowalczyk", List.of(), Sex.FEMALE,
                DateOfBirth.estimatedAge(13, 15, LocalDate.now(clock)), List.of("PL"), List.of("pl")),
                caseworker.organisationId().value(), "Domestic servitude in a host family"));
        caseFiles.recordProtectionStatus(Actor.system("test"), id, ProtectionStatus.PRESUMED_VICTIM);
        caseFiles.addToTeam(caseworker, id, demoUsers.user("caseworker2").id(), TeamRole.CASEWORKER);
        caseFiles.addToTeam(caseworker, id, demoUsers.user("police").id(), TeamRole.POLICE);
        return id;
    }

    private CaseTask step(CaseId id, String code) {
        return tasks.ofCase(demoUsers.user("caseworker"), id).stream().filter(t -> code.equals(t.step())).findFirst()
                .orElseThrow();
    }

    @Test
    void two_people_editing_the_care_plan_get_a_conflict_not_a_lost_update() {
        CaseId id = presumedVictimWithTeam("Zofia");
        var first = demoUsers.user("caseworker");
        var second = demoUsers.user("caseworker2");
        long seen = carePlans.of(first, id).version();
        assertThat(carePlans.of(second, id).version()).isEqualTo(seen);

        carePlans.write(first, id, new CarePlans.CarePlan(LocalDate.now(clock), "School, a dentist", null,
                "I want to stay with my sister", null, null, List.of(), seen), seen);

        assertThatThrownBy(() -> carePlans.write(second, id, new CarePlans.CarePlan(null, "Only trauma therapy", null, null,
                null, null, List.of(), seen), seen))
                .isInstanceOf(EditConflict.class)
                .satisfies(e -> assertThat(((EditConflict) e).<CarePlans.CarePlan>current().needs()).isEqualTo("School, a dentist"));
        assertThat(carePlans.of(first, id).needs()).isEqualTo("School, a dentist");
        assertThat(step(id, "INDIVIDUAL_ASSESSMENT").isDone()).isTrue();
        assertThat(jdbc.sql("SELECT child_views FROM casework_care_plan WHERE case_id = :c").param("c", id.value())
                .query(String.class).single()).startsWith("v2:").doesNotContain("sister");
    }

    @Test
    void a_conference_hears_the_child_and_its_actions_become_tasks_for_their_owners() {
        CaseId id = presumedVictimWithTeam("Hanna");
        var caseworker = demoUsers.user("caseworker");
        var police = demoUsers.user("police");
        UUID conference = conferences.schedule(caseworker, id, clock.instant().plus(Duration.ofHours(2)), "Barnahus Oslo",
                "Placement; interview plan");
        clock.advance(Duration.ofHours(3));
        var attendees = Set.of(caseworker.id().value(), police.id().value());

        conferences.record(caseworker, conference, new Conferences.Outcome(attendees, true,
                "Jeg vil ikke tilbake til den familien", "Agreed: one interview at Barnahus.",
                List.of(new Conferences.Action("Book the Barnahus interview", police.id().value(), LocalDate.now(clock).plusDays(3)))),
                0);

        var action = tasks.ofCase(caseworker, id).stream().filter(t -> t.kind() == TaskKind.CONFERENCE_ACTION)
                .findFirst().orElseThrow();
        assertThat(action.title()).isEqualTo("Book the Barnahus interview");
        assertThat(action.ownerId()).isEqualTo(police.id().value());
        assertThat(step(id, "FIRST_CASE_CONFERENCE").isDone()).isTrue();
        assertThat(tasks.mine(police)).anyMatch(q -> "Book the Barnahus interview".equals(q.task().title()));
        conferences.confirmMinutes(police, conference);
        assertThat(conferences.view(caseworker, conference).attendees())
                .anySatisfy(a -> assertThat(a.confirmedAt()).isNotNull());
        assertThatThrownBy(() -> conferences.confirmMinutes(demoUsers.user("caseworker2"), conference))
                .isInstanceOf(DomainRuleViolation.class).hasMessage("conference.confirm.not-attended");
        assertThat(safeguards.of(caseworker, id)).filteredOn(t -> t.safeguard() == Safeguard.RIGHT_TO_BE_HEARD)
                .singleElement().extracting(Safeguards.Tracked::state).isEqualTo(Safeguards.State.MET);
    }

    @Test
    void a_conference_in_the_past_or_an_action_for_someone_off_the_team_is_refused_and_nothing_is_half_saved() {
        CaseId id = presumedVictimWithTeam("Ewa");
        var caseworker = demoUsers.user("caseworker");
        assertThatThrownBy(() -> conferences.schedule(caseworker, id, clock.instant().minus(Duration.ofHours(1)), "", ""))
                .isInstanceOf(DomainRuleViolation.class).hasMessage("conference.when.past");
        UUID conference = conferences.schedule(caseworker, id, clock.instant().plus(Duration.ofMinutes(5)), "", "");

        assertThatThrownBy(() -> conferences.record(caseworker, conference, new Conferences.Outcome(Set.of(), false, null,
                "Minutes", List.of(new Conferences.Action("Visit", demoUsers.user("ngo").id().value(), LocalDate.now(clock)))), 0))
                .isInstanceOf(DomainRuleViolation.class).hasMessage("conference.action.owner-not-on-team");

        assertThat(conferences.view(caseworker, conference).isHeld()).isFalse();
        assertThat(tasks.ofCase(caseworker, id)).noneMatch(t -> t.kind() == TaskKind.CONFERENCE_ACTION);
        assertThatThrownBy(() -> conferences.schedule(demoUsers.user("police"), id, clock.instant().plusSeconds(60), "", ""))
                .isInstanceOf(NoAccess.class);
    }

    @Test
    void interviews_and_a_late_guardian_show_in_the_safeguards_with_their_measures() {
        CaseId id = presumedVictimWithTeam("Maja");
        var caseworker = demoUsers.user("caseworker");
        clock.advance(Duration.ofHours(30));
        caseFiles.addToTeam(caseworker, id, demoUsers.user("guardian").id(), TeamRole.GUARDIAN);
        interviews.record(demoUsers.user("police"), id, new Interviews.Interview(null, clock.instant().minusSeconds(600),
                "Insp. Aas", Interviews.Purpose.CRIMINAL_INVESTIGATION, Interviews.Premises.BARNAHUS, true, "Guardian",
                "pl", true));

        var measures = safeguards.measures(caseworker, id);
        assertThat(measures.hoursToGuardian()).isEqualTo(30);
        assertThat(measures.interviews()).isEqualTo(1);
        assertThat(step(id, "FIRST_INTERVIEW").isDone()).isTrue();
        assertThat(safeguards.of(caseworker, id)).filteredOn(t -> t.safeguard() == Safeguard.VIDEO_RECORDED_INTERVIEWS)
                .singleElement().extracting(Safeguards.Tracked::state).isEqualTo(Safeguards.State.MET);
        assertThatThrownBy(() -> interviews.record(demoUsers.user("police"), id, new Interviews.Interview(null,
                clock.instant().plus(Duration.ofDays(1)), "Insp. Aas", Interviews.Purpose.COURT, Interviews.Premises.COURT,
                false, null, null, false)))
                .isInstanceOf(DomainRuleViolation.class).hasMessage("interview.in-future");

        safeguards.record(caseworker, id, new Safeguards.Record(Safeguard.MEDICAL_EXAMINATIONS_MINIMISED,
                Safeguards.State.MET, LocalDate.now(clock), "One examination, by a paediatrician, with the guardian"));
        assertThat(safeguards.of(caseworker, id)).filteredOn(t -> t.safeguard() == Safeguard.MEDICAL_EXAMINATIONS_MINIMISED)
                .singleElement().extracting(Safeguards.Tracked::state).isEqualTo(Safeguards.State.MET);
    }
}
