package org.haven.person;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.time.api.constraints.DateRange;
import org.haven.platform.DomainRuleViolation;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DateOfBirthTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Test
    void an_exact_date_gives_one_age() {
        assertThat(DateOfBirth.exact(LocalDate.of(2010, 11, 24)).ageOn(TODAY)).contains(new AgeRange(15, 15));
        assertThat(DateOfBirth.exact(LocalDate.of(2010, 11, 23)).ageOn(TODAY)).contains(new AgeRange(16, 16));
    }

    @Test
    void a_birth_year_alone_gives_the_two_ages_it_allows() {
        assertThat(DateOfBirth.year(Year.of(2010)).ageOn(TODAY)).contains(new AgeRange(15, 16));
        assertThat(DateOfBirth.month(YearMonth.of(2010, 12)).ageOn(TODAY)).contains(new AgeRange(15, 15));
    }

    @Test
    void an_estimated_age_is_what_was_estimated_on_the_day_it_was_estimated() {
        var dob = DateOfBirth.estimatedAge(13, 15, TODAY);
        assertThat(dob.ageOn(TODAY)).contains(new AgeRange(13, 15));
        assertThat(dob.ageOn(TODAY.plusYears(1))).contains(new AgeRange(14, 16));
    }

    @Test
    void someone_who_may_be_under_18_is_treated_as_a_child() {
        assertThat(DateOfBirth.estimatedAge(17, 19, TODAY).presumedChildOn(TODAY)).isTrue();
        assertThat(DateOfBirth.unknown().presumedChildOn(TODAY)).isTrue();
        assertThat(DateOfBirth.year(Year.of(2008)).presumedChildOn(TODAY)).isTrue();
        assertThat(DateOfBirth.exact(LocalDate.of(2008, 1, 1)).presumedChildOn(TODAY)).isFalse();
    }

    @Test
    void an_impossible_estimate_or_a_reversed_range_is_refused() {
        assertThatThrownBy(() -> DateOfBirth.estimatedAge(15, 13, TODAY)).isInstanceOf(DomainRuleViolation.class);
        assertThatThrownBy(() -> new DateOfBirth(DateOfBirth.Precision.ESTIMATED, TODAY, TODAY.minusDays(1)))
                .isInstanceOf(DomainRuleViolation.class);
        assertThatThrownBy(() -> DateOfBirth.exact(LocalDate.of(1850, 1, 1))).isInstanceOf(DomainRuleViolation.class);
    }

    @Property
    void the_youngest_possible_age_is_never_above_the_oldest(@ForAll @DateRange(min = "1990-01-01", max = "2026-11-23") LocalDate born,
                                                             @ForAll @IntRange(min = 0, max = 3) int precisionIndex) {
        var dob = switch (precisionIndex) {
            case 0 -> DateOfBirth.exact(born);
            case 1 -> DateOfBirth.month(YearMonth.from(born));
            case 2 -> DateOfBirth.year(Year.from(born));
            default -> DateOfBirth.estimatedAge(0, Math.min(30, TODAY.getYear() - born.getYear()), TODAY);
        };
        var age = dob.ageOn(TODAY).orElseThrow();
        assertThat(age.youngest()).isLessThanOrEqualTo(age.oldest());
    }

    @Property
    void a_less_precise_date_never_makes_a_possible_child_an_adult(
            @ForAll @DateRange(min = "1995-01-01", max = "2026-11-23") LocalDate born) {
        boolean exactChild = DateOfBirth.exact(born).presumedChildOn(TODAY);
        if (exactChild) {
            assertThat(DateOfBirth.month(YearMonth.from(born)).presumedChildOn(TODAY)).isTrue();
            assertThat(DateOfBirth.year(Year.from(born)).presumedChildOn(TODAY)).isTrue();
        }
    }
}
