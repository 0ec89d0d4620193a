package org.haven.screening;

import org.haven.platform.DomainRuleViolation;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AgeAssessmentTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private static AgeAssessment decide(Set<AssessmentMethod> methods, boolean benefit, int youngest, int oldest,
                                        AgeOutcome outcome, String reasons) {
        return AgeAssessment.decide(UUID.randomUUID(), new AgeAssessment.Conclusion(methods, "Social worker, psychologist",
                benefit, youngest, oldest, outcome, TODAY, reasons), UUID.randomUUID(), Instant.now(), TODAY);
    }

    @Test
    void an_adult_outcome_needs_the_benefit_of_the_doubt_and_a_lowest_age_of_18() {
        var interview = Set.of(AssessmentMethod.INTERVIEW);
        assertThatThrownBy(() -> decide(interview, true, 17, 20, AgeOutcome.ADULT, null))
                .isInstanceOf(DomainRuleViolation.class).hasMessage("age.adult.needs-benefit-of-doubt");
        assertThatThrownBy(() -> decide(interview, false, 19, 21, AgeOutcome.ADULT, null))
                .hasMessage("age.adult.needs-benefit-of-doubt");
        assertThat(decide(interview, true, 19, 21, AgeOutcome.ADULT, null).outcome()).isEqualTo(AgeOutcome.ADULT);
    }

    @Test
    void a_medical_method_needs_written_reasons() {
        assertThatThrownBy(() -> decide(Set.of(AssessmentMethod.MEDICAL_SKELETAL), true, 15, 17, AgeOutcome.MINOR, " "))
                .hasMessage("age.medical.needs-reasons");
        assertThat(decide(Set.of(AssessmentMethod.MEDICAL_DENTAL, AssessmentMethod.INTERVIEW), true, 15, 17,
                AgeOutcome.MINOR, "No documents and the interview left doubt").methods())
                .containsExactly(AssessmentMethod.INTERVIEW, AssessmentMethod.MEDICAL_DENTAL);
    }

    @Test
    void the_outcome_must_agree_with_the_assessed_range_and_something_must_have_been_done() {
        assertThatThrownBy(() -> decide(Set.of(AssessmentMethod.INTERVIEW), true, 18, 20, AgeOutcome.MINOR, null))
                .hasMessage("age.minor.range-contradicts");
        assertThatThrownBy(() -> decide(Set.of(AssessmentMethod.INTERVIEW), true, 18, 20, AgeOutcome.INCONCLUSIVE, null))
                .hasMessage("age.minor.range-contradicts");
        assertThatThrownBy(() -> decide(Set.of(), true, 15, 17, AgeOutcome.MINOR, null))
                .hasMessage("age.methods.required");
        assertThatThrownBy(() -> decide(Set.of(AssessmentMethod.INTERVIEW), true, 17, 15, AgeOutcome.MINOR, null))
                .hasMessage("age.range.invalid");
    }

    @Test
    void an_appeal_is_lodged_once_and_not_before_the_decision() {
        var assessment = decide(Set.of(AssessmentMethod.INTERVIEW), true, 19, 22, AgeOutcome.ADULT, null);
        assertThatThrownBy(() -> assessment.lodgeAppeal(TODAY.minusDays(1))).hasMessage("age.appeal.date-invalid");
        assessment.lodgeAppeal(TODAY);
        assertThatThrownBy(() -> assessment.lodgeAppeal(TODAY)).hasMessage("age.appeal.already-lodged");
        assertThat(assessment.appealLodgedOn()).isEqualTo(TODAY);
    }
}
