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

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Where the child lives, when they go missing, how the case ends, and what the coordinator sees. */
@HavenIntegrationTest
class CaseLifeTest {

    @Autowired org.haven.audit.AuditSearch auditSearch;
    @Autowired CaseFiles caseFiles;
    @Autowired Tasks tasks;
    @Autowired Placements placements;
    @Autowired MissingEpisodes missing;
    @Autowired Notifications notifications;
    @Autowired Coordination coordination;
    @Autowired TransitionPlanner transitions;
    @Autowired DemoUsers demoUsers;
    @Autowired MutableClock clock;
    @Autowired com.icegreen.greenmail.util.GreenMail smtp;
    @Autowired org.haven.access.Accounts accounts;

    private CaseId openCase(String name, DateOfBirth born) {
        var caseworker = demoUsers.user("caseworker");
        CaseId id = caseFiles.open(caseworker, new NewCase(new ChildDetails(name, "Novak", List.of(), Sex.MALE, born,
                List.of("CZ"), List.of("cs")), caseworker.organisationId().value(), "Labour exploitation on a farm"));
        caseFiles.addToTeam(caseworker, id, demoUsers.user("police").id(), TeamRole.POLICE);
        return id;
    }

    private CaseId openCase(String name) {
        return openCase(name, DateOfBirth.estimatedAge(14, 15, LocalDate.now(clock)));
    }

    private static Placements.Placement secure(LocalDate from, String court, LocalDate endsOn) {
        return new Placements.Placement(null, Placements.Kind.SECURE_UNIT, "Secret address 1", from, null, true, court,
                court == null ? null : "Runs away to the exploiters within hours", from, endsOn);
    }

    @Test
    void a_restrictive_measure_without_a_judicial_decision_is_refused_and_nothing_is_recorded() {
        CaseId id = openCase("Jakub");
        var caseworker = demoUsers.user("caseworker");
        var today = LocalDate.now(clock);

        assertThatThrownBy(() -> placements.place(caseworker, id, secure(today, null, today.plusMonths(1))))
                .isInstanceOf(DomainRuleViolation.class).hasMessage("placement.restrictive.needs-judicial-decision");
        assertThatThrownBy(() -> placements.place(caseworker, id, secure(today, "Oslo District Court 26-1234", today.plusMonths(9))))
                .isInstanceOf(DomainRuleViolation.class).hasMessage("placement.restrictive.too-long");
        assertThat(placements.ofCase(caseworker, id)).isEmpty();

        placements.place(caseworker, id, secure(today, "Oslo District Court 26-1234", today.plusMonths(1)));
        assertThat(tasks.ofCase(caseworker, id)).anyMatch(t -> t.kind() == TaskKind.PLACEMENT_REVIEW);
    }

    @Test
    void overlapping_placements_are_refused_with_what_to_do() {
        CaseId id = openCase("Tomáš");
        var caseworker = demoUsers.user("caseworker");
        var today = LocalDate.now(clock);
        var shelter = placements.place(caseworker, id, new Placements.Placement(null, Placements.Kind.SPECIALISED_SHELTER,
                "Shelter", today.minusDays(10), null, false, null, null, null, null));

        assertThatThrownBy(() -> placements.place(caseworker, id, new Placements.Placement(null, Placements.Kind.FOSTER_FAMILY,
                "Family", today, null, false, null, null, null, null)))
                .isInstanceOf(DomainRuleViolation.class).hasMessage("placement.overlap");

        placements.end(caseworker, shelter, today);
        placements.place(caseworker, id, new Placements.Placement(null, Placements.Kind.FOSTER_FAMILY, "Family", today,
                null, false, null, null, null, null));
        assertThat(placements.ofCase(caseworker, id)).hasSize(2);
    }

    @Test
    void many_restrictive_measures_in_a_year_raise_an_independent_review_for_the_coordinator() {
        CaseId id = openCase("Filip");
        var caseworker = demoUsers.user("caseworker");
        var start = LocalDate.now(clock).minusMonths(11);
        for (int i = 0; i < 6; i++) {
            var from = start.plusMonths(i);
            placements.place(caseworker, id, new Placements.Placement(null, Placements.Kind.SECURE_UNIT, "Unit", from,
                    from.plusDays(10), true, "Court " + i, "Absconded again", from, from.plusDays(10)));
        }
        assertThat(tasks.ofCase(caseworker, id)).filteredOn(t -> t.kind() == TaskKind.INDEPENDENT_REVIEW).singleElement()
                .extracting(CaseTask::escalateTo).isEqualTo(Escalation.COORDINATOR);
    }

    @Test
    void a_missing_child_alerts_the_whole_team_at_once_and_when_found_a_return_interview_is_due() {
        CaseId id = openCase("Lukáš");
        var police = demoUsers.user("police");
        int before = notifications.unread(police);

        var episode = missing.reportMissing(demoUsers.user("caseworker"), id, new MissingEpisodes.Report(
                clock.instant().minus(Duration.ofHours(2)), "Bus station, with an older man", MissingEpisodes.Risk.HIGH,
                "Left the shelter at night", true, "Czech focal point"));

        assertThat(notifications.unread(police)).isEqualTo(before + 1);
        assertThat(notifications.mine(police).get(0).messageCode()).isEqualTo("notice.missing");
        assertThatThrownBy(() -> missing.reportMissing(police, id, new MissingEpisodes.Report(clock.instant(), null,
                MissingEpisodes.Risk.LOW, null, false, null)))
                .isInstanceOf(DomainRuleViolation.class).hasMessage("missing.already-open");
        assertThat(coordination.list(demoUsers.user("coordinator"), Coordination.ListKind.MISSING, ""))
                .anyMatch(line -> line.caseId().equals(id.value()));
        var kase = caseFiles.current(demoUsers.user("caseworker"), id).kase();
        assertThatThrownBy(() -> caseFiles.describe(demoUsers.user("caseworker"), id, new CaseDetails(kase.leadAgencyId(),
                CaseStatus.CLOSED, null, "Lost contact", "Gone"), kase.version()))
                .isInstanceOf(DomainRuleViolation.class).hasMessage("case.close.child-missing");

        missing.found(police, episode, clock.instant(), "Found by police in Brno");

        assertThat(tasks.ofCase(police, id)).anyMatch(t -> t.kind() == TaskKind.RETURN_INTERVIEW && !t.isDone());
        assertThat(missing.ofCase(police, id)).singleElement().satisfies(e -> assertThat(e.isOpen()).isFalse());
    }

    @Test
    void a_case_closes_with_a_reason_and_open_tasks_only_when_explained() {
        CaseId id = openCase("Marek");
        caseFiles.recordProtectionStatus(Actor.system("test"), id, ProtectionStatus.PRESUMED_VICTIM);
        var caseworker = demoUsers.user("caseworker");
        var kase = caseFiles.current(caseworker, id).kase();

        assertThatThrownBy(() -> caseFiles.describe(caseworker, id, new CaseDetails(kase.leadAgencyId(), CaseStatus.CLOSED,
                null, null, null), kase.version()))
                .isInstanceOf(DomainRuleViolation.class).hasMessage("case.close.open-items");
        assertThatThrownBy(() -> caseFiles.describe(caseworker, id, new CaseDetails(kase.leadAgencyId(), CaseStatus.CLOSED,
                null, null, "Moved to Sweden; the Swedish service takes over the open steps"), kase.version()))
                .isInstanceOf(DomainRuleViolation.class).hasMessage("case.close.reason-required");

        caseFiles.describe(caseworker, id, new CaseDetails(kase.leadAgencyId(), CaseStatus.CLOSED_REFERRED, null,
                "Referred to Stockholm social services", "Moved to Sweden; the Swedish service takes over the open steps"),
                kase.version());
        var closed = caseFiles.current(caseworker, id).kase();
        assertThat(closed.status()).isEqualTo(CaseStatus.CLOSED_REFERRED);
        assertThat(closed.statusReason()).isEqualTo("Referred to Stockholm social services");
        assertThat(closed.openItemsExplanation()).isEqualTo("Moved to Sweden; the Swedish service takes over the open steps");
        // Free text stays with the case, encrypted; the audit log (which cannot be erased) only says it was given.
        assertThat(auditSearch.forCase(id.value(), 50)).filteredOn(e -> e.action().equals("case.changed"))
                .allSatisfy(e -> assertThat(String.valueOf(e.details())).doesNotContain("Swedish service"))
                .anySatisfy(e -> assertThat(e.details()).contains("open items explained"));

        caseFiles.describe(caseworker, id, new CaseDetails(kase.leadAgencyId(), CaseStatus.ACTIVE, null,
                "Came back to Oslo", null), closed.version());
        assertThat(caseFiles.current(caseworker, id).kase().status()).isEqualTo(CaseStatus.ACTIVE);
    }

    @Test
    void a_child_about_to_turn_18_gets_a_transition_plan_task_once() {
        var born = DateOfBirth.exact(LocalDate.now(clock).minusYears(18).plusDays(60));
        CaseId id = openCase("Adam", born);

        transitions.planTransitions();
        transitions.planTransitions();

        assertThat(tasks.ofCase(demoUsers.user("caseworker"), id))
                .filteredOn(t -> t.kind() == TaskKind.TRANSITION_TO_ADULT_SERVICES).hasSize(1);
    }

    @Test
    void only_the_coordinator_sees_the_dashboard_and_its_numbers_open_their_lists() {
        CaseId id = openCase("Pavel");
        caseFiles.recordProtectionStatus(Actor.system("test"), id, ProtectionStatus.PRESUMED_VICTIM);
        clock.advance(Duration.ofHours(25));

        var overview = coordination.overview(demoUsers.user("coordinator"));
        assertThat(overview.overdueBySteps()).anyMatch(c -> c.key().equals("APPOINT_GUARDIAN") && c.count() > 0);
        assertThat(coordination.list(demoUsers.user("coordinator"), Coordination.ListKind.STEP, "APPOINT_GUARDIAN"))
                .anyMatch(line -> line.caseId().equals(id.value()));
        assertThatThrownBy(() -> coordination.overview(demoUsers.user("caseworker"))).isInstanceOf(NoAccess.class);
    }

    @Test
    void a_notice_is_emailed_to_those_who_gave_an_address_naming_the_case_but_never_the_child() throws Exception {
        CaseId id = openCase("Radek");
        var police = demoUsers.user("police");
        accounts.useEmail(police.actor(), police.id(), "nina.lund@police.example");
        smtp.reset();

        missing.reportMissing(demoUsers.user("caseworker"), id, new MissingEpisodes.Report(clock.instant(), "Station",
                MissingEpisodes.Risk.HIGH, "Ran from the shelter", true, null));

        var reference = caseFiles.current(police, id).kase().reference();
        assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
        var mail = smtp.getReceivedMessages()[0];
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("nina.lund@police.example");
        String body = com.icegreen.greenmail.util.GreenMailUtil.getBody(mail);
        assertThat(body).contains(reference).doesNotContain("Radek").doesNotContain("Station");
        accounts.useEmail(police.actor(), police.id(), "");
    }

    @Test
    void an_escalated_step_is_told_to_the_supervisors_and_the_coordinator_not_only_queued() {
        CaseId id = openCase("Ondřej");
        caseFiles.recordProtectionStatus(Actor.system("test"), id, ProtectionStatus.PRESUMED_VICTIM);
        int supervisorBefore = notifications.unread(demoUsers.user("supervisor"));
        int coordinatorBefore = notifications.unread(demoUsers.user("coordinator"));
        clock.advance(Duration.ofHours(25));

        tasks.escalateOverdue();

        assertThat(notifications.unread(demoUsers.user("supervisor"))).isGreaterThan(supervisorBefore);
        assertThat(notifications.unread(demoUsers.user("coordinator"))).isGreaterThan(coordinatorBefore);
    }
}
