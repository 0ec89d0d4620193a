package org.haven.intake;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FloodGuardTest {

    @Test
    void one_sender_is_slowed_down_without_shutting_out_others_and_the_whole_service_has_a_ceiling() {
        var guard = new FloodGuard(3, 5);
        for (int i = 0; i < 3; i++) {
            assertThat(guard.allows("198.51.100.7")).isTrue();
        }
        assertThat(guard.allows("198.51.100.7")).isFalse();
        assertThat(guard.allows("198.51.100.8")).isTrue();
        assertThat(guard.allows("198.51.100.9")).isTrue();
        assertThat(guard.allows("198.51.100.10")).as("the service-wide ceiling").isFalse();
    }

    @Test
    void forgetting_starts_every_sender_afresh() {
        var guard = new FloodGuard(1, 100);
        assertThat(guard.allows("198.51.100.7")).isTrue();
        assertThat(guard.allows("198.51.100.7")).isFalse();
        guard.forget();
        assertThat(guard.allows("198.51.100.7")).isTrue();
    }
}
