package org.haven.demo;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DemoModeTest {

    @Test
    void demo_data_goes_into_an_external_database_only_when_explicitly_asked_for() {
        assertThat(DemoMode.wanted("auto", true)).isTrue();
        assertThat(DemoMode.wanted("auto", false)).isFalse();
        assertThat(DemoMode.wanted("true", false)).isTrue();
        assertThat(DemoMode.wanted("false", true)).isFalse();
    }
}
