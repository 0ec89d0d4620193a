package org.haven.casework;

import org.haven.platform.DomainRuleViolation;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CaseTest {

    private final UUID lead = UUID.randomUUID();
    private final Instant now = Instant.parse("2026-11-23T10:00:00Z");

    private Case open() {
        return Case.open("NO-2026-00001", UUID.randomUUID(), UUID.randomUUID(), "why", lead, TeamRole.LEAD_CASEWORKER, 1, now);
    }

    @Test
    void a_new_case_is_active_and_led_by_whoever_opened_it() {
        var kase = open();
        assertThat(kase.status()).isEqualTo(CaseStatus.ACTIVE);
        assertThat(kase.memberRole(lead)).contains(TeamRole.LEAD_CASEWORKER);
    }

    @Test
    void the_last_lead_caseworker_cannot_leave_but_one_of_two_can() {
        var kase = open();
        assertThatThrownBy(() -> kase.removeFromTeam(lead, now)).isInstanceOf(DomainRuleViolation.class)
                .hasMessage("case.team.last-lead");
        var second = UUID.randomUUID();
        kase.addToTeam(second, TeamRole.LEAD_CASEWORKER, now);
        kase.removeFromTeam(lead, now);
        assertThat(kase.memberRole(lead)).isEmpty();
    }

    @Test
    void nobody_joins_a_team_twice() {
        var kase = open();
        assertThatThrownBy(() -> kase.addToTeam(lead, TeamRole.GUARDIAN, now)).hasMessage("case.team.already-member");
    }

    @Test
    void a_summary_longer_than_allowed_is_refused() {
        var kase = open();
        assertThatThrownBy(() -> kase.describe(kase.leadAgencyId(), CaseStatus.ACTIVE, "x".repeat(4001), null, null, now))
                .hasMessage("case.summary.too-long");
    }

    @Test
    void only_caseworkers_and_coordinators_on_the_team_may_change_a_case() {
        assertThat(TeamRole.LEAD_CASEWORKER.mayManageCase()).isTrue();
        assertThat(TeamRole.COORDINATOR.mayManageCase()).isTrue();
        assertThat(TeamRole.POLICE.mayManageCase()).isFalse();
        assertThat(TeamRole.GUARDIAN.mayManageCase()).isFalse();
    }

    @Test
    void a_case_closes_and_reopens_only_with_a_reason() {
        var kase = open();
        assertThatThrownBy(() -> kase.describe(kase.leadAgencyId(), CaseStatus.CLOSED, null, " ", null, now))
                .hasMessage("case.close.reason-required");
        kase.describe(kase.leadAgencyId(), CaseStatus.CLOSED, null, "Returned home safely with monitoring", null, now);
        assertThatThrownBy(() -> kase.describe(kase.leadAgencyId(), CaseStatus.ACTIVE, null, null, null, now))
                .hasMessage("case.reopen.reason-required");
    }
}
