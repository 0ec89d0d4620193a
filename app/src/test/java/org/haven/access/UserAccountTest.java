package org.haven.access;

import org.haven.directory.OrganisationId;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UserAccountTest {

    private final Instant now = Instant.parse("2026-11-23T10:00:00Z");

    private UserAccount account() {
        return UserAccount.create("ingrid", "Ingrid", new OrganisationId(UUID.randomUUID()), Set.of(Role.CASEWORKER),
                "hash", "Europe/Oslo", now);
    }

    @Test
    void the_fifth_failure_in_a_row_locks_the_account_for_the_lockout_time() {
        var account = account();
        for (int i = 0; i < 4; i++) {
            assertThat(account.recordFailedSignIn(5, Duration.ofMinutes(15), now)).isFalse();
        }
        assertThat(account.recordFailedSignIn(5, Duration.ofMinutes(15), now)).isTrue();
        assertThat(account.isLockedAt(now.plus(Duration.ofMinutes(14)))).isTrue();
        assertThat(account.isLockedAt(now.plus(Duration.ofMinutes(15)))).isFalse();
    }

    @Test
    void a_successful_sign_in_forgets_earlier_failures() {
        var account = account();
        for (int i = 0; i < 4; i++) {
            account.recordFailedSignIn(5, Duration.ofMinutes(15), now);
        }
        account.recordSuccessfulSignIn();
        assertThat(account.recordFailedSignIn(5, Duration.ofMinutes(15), now)).isFalse();
    }

    @Test
    void a_one_time_code_step_is_accepted_once_and_never_an_older_one() {
        var account = account();
        account.enrolSecondFactor("SECRET");
        assertThat(account.acceptCodeStep(100)).isTrue();
        assertThat(account.acceptCodeStep(100)).isFalse();
        assertThat(account.acceptCodeStep(99)).isFalse();
        assertThat(account.acceptCodeStep(101)).isTrue();
    }

    @Test
    void a_required_second_factor_cannot_be_removed_by_its_user() {
        var account = account();
        account.enrolSecondFactor("SECRET");
        account.requireSecondFactor(true);
        assertThatThrownBy(account::removeSecondFactor).hasMessage("totp.required-cannot-remove");
    }
}
