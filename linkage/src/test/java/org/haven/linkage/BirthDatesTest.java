package org.haven.linkage;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class BirthDatesTest {

    private static double bits(String a, String b) {
        return BirthDates.compare(BirthDate.parse(a).orElseThrow(), BirthDate.parse(b).orElseThrow()).bits();
    }

    @ParameterizedTest(name = "{0} and {1}")
    @CsvSource({"2011, 2012-04-17", "2011, 2012", "2011-04, 2012"})
    void anEstimatedYearOffByOneDoesNotCountAgainstTheChild(String estimated, String other) {
        assertThat(bits(estimated, other)).isPositive();
        assertThat(bits(estimated, other)).isEqualTo(bits(other, estimated));
    }

    @ParameterizedTest(name = "{0} and {1}")
    @CsvSource({"2011-04, 2012-04", "2011-04, 2012-04-17"})
    void aYearApartCountsAgainstWhenBothKnowTheMonth(String one, String other) {
        assertThat(bits(one, other)).isNegative();
    }

    @ParameterizedTest(name = "{0} and {1}")
    @CsvSource({"2011-04-17, 2011-04-19", "2011-04-17, 2011-04", "2011-04-05, 2011-05-04"})
    void aTypoInTheDayOrAMissingDayOrSwappedDayAndMonthStillCountsForTheChild(String one, String other) {
        assertThat(bits(one, other)).isGreaterThanOrEqualTo(3);
    }

    @ParameterizedTest(name = "{0} and {1}")
    @CsvSource({"2011-04-17, 2012-04-18", "2011-04-17, 2013-04-17", "2011, 2014"})
    void datesYearsApartCountStronglyAgainst(String one, String other) {
        assertThat(bits(one, other)).isLessThanOrEqualTo(-7);
    }
}
