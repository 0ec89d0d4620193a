package org.haven.access;

import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The need-to-know policy by section, as DOMAIN.md and the issue state it. */
class SectionPolicyTest {

    @Test
    void police_and_prosecutors_never_read_health_and_care_where_therapy_is_kept() {
        assertThat(Section.HEALTH_AND_CARE.readableBy(Set.of(Role.POLICE))).isFalse();
        assertThat(Section.HEALTH_AND_CARE.readableBy(Set.of(Role.PROSECUTOR))).isFalse();
        assertThat(Section.readableWith(Set.of(Role.PROSECUTOR)))
                .containsExactlyInAnyOrder(Section.EXPLOITATION_DETAILS, Section.CHILD_STATEMENTS);
    }

    @Test
    void analysts_auditors_and_administrators_read_no_section_of_any_childs_record() {
        for (Role role : EnumSet.of(Role.ANALYST, Role.AUDITOR, Role.ADMINISTRATOR)) {
            assertThat(Section.readableWith(Set.of(role))).as(role.name()).isEmpty();
        }
    }

    @Test
    void confidential_reports_are_read_only_by_the_staff_of_the_office_that_answers_them() {
        assertThat(Section.ANONYMOUS_REPORTS.readers())
                .containsExactlyInAnyOrder(Role.CASEWORKER, Role.SUPERVISOR, Role.COORDINATOR);
        assertThat(Section.ofCases()).doesNotContain(Section.ANONYMOUS_REPORTS);
    }

    @Test
    void the_childs_statements_are_never_shared_outside_the_team() {
        assertThat(Section.shareable()).doesNotContain(Section.CHILD_STATEMENTS, Section.ANONYMOUS_REPORTS);
        assertThat(Section.ofCases()).containsAll(Section.shareable());
    }

    @Test
    void the_caseworker_and_guardian_read_every_section_of_a_case() {
        assertThat(Section.readableWith(Set.of(Role.CASEWORKER))).containsAll(Section.ofCases());
        assertThat(Section.readableWith(Set.of(Role.GUARDIAN))).containsAll(Section.ofCases());
    }
}
