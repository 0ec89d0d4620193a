package org.haven.casework;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DeadlineTest {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    private static final ZoneId VILNIUS = ZoneId.of("Europe/Vilnius");

    private static Instant oslo(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(OSLO).toInstant();
    }

    @Test
    void a_day_over_the_spring_change_to_summer_time_ends_at_the_same_time_of_day_after_23_hours() {
        Instant presumed = oslo("2026-03-28T10:00");

        Instant due = new Deadline(1, Deadline.Unit.DAYS).after(presumed, OSLO);

        assertThat(due.atZone(OSLO).toLocalDateTime()).isEqualTo(LocalDateTime.parse("2026-03-29T10:00"));
        assertThat(Duration.between(presumed, due)).isEqualTo(Duration.ofHours(23));
    }

    @Test
    void a_day_over_the_autumn_change_lasts_25_hours_but_24_hours_are_24_hours() {
        Instant presumed = oslo("2026-10-24T22:30");

        assertThat(new Deadline(1, Deadline.Unit.DAYS).after(presumed, OSLO).atZone(OSLO).toLocalDateTime())
                .isEqualTo(LocalDateTime.parse("2026-10-25T22:30"));
        assertThat(new Deadline(24, Deadline.Unit.HOURS).after(presumed, OSLO).atZone(OSLO).toLocalDateTime())
                .isEqualTo(LocalDateTime.parse("2026-10-25T21:30"));
    }

    @Test
    void working_days_skip_the_weekend_from_friday_afternoon() {
        Instant friday = oslo("2026-11-27T16:00");

        assertThat(new Deadline(1, Deadline.Unit.WORKING_DAYS).after(friday, OSLO).atZone(OSLO).toLocalDateTime())
                .isEqualTo(LocalDateTime.parse("2026-11-30T16:00"));
        assertThat(new Deadline(5, Deadline.Unit.WORKING_DAYS).after(friday, OSLO).atZone(OSLO).toLocalDateTime())
                .isEqualTo(LocalDateTime.parse("2026-12-04T16:00"));
    }

    @Test
    void the_same_moment_gets_its_deadline_on_each_countrys_own_clock() {
        Instant moment = oslo("2026-03-28T23:30"); // already Sunday 00:30 in Vilnius

        ZonedDateTime inVilnius = new Deadline(1, Deadline.Unit.WORKING_DAYS).after(moment, VILNIUS).atZone(VILNIUS);
        ZonedDateTime inOslo = new Deadline(1, Deadline.Unit.WORKING_DAYS).after(moment, OSLO).atZone(OSLO);

        assertThat(inOslo.toLocalDateTime()).isEqualTo(LocalDateTime.parse("2026-03-30T23:30"));
        assertThat(inVilnius.toLocalDateTime()).isEqualTo(LocalDateTime.parse("2026-03-30T00:30"));
    }

    @Test
    void a_deadline_of_nothing_or_more_than_a_year_is_refused() {
        assertThatThrownBy(() -> new Deadline(0, Deadline.Unit.HOURS)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Deadline(367, Deadline.Unit.DAYS)).isInstanceOf(IllegalArgumentException.class);
    }

    @Property
    void a_deadline_in_days_always_falls_at_the_time_of_day_it_started_and_never_before_the_start(
            @ForAll @LongRange(min = 1_700_000_000L, max = 1_900_000_000L) long epochSecond,
            @ForAll @IntRange(min = 1, max = 366) int days) {
        Instant start = Instant.ofEpochSecond(epochSecond);
        Instant due = new Deadline(days, Deadline.Unit.DAYS).after(start, OSLO);

        assertThat(due).isAfter(start);
        var startLocal = start.atZone(OSLO).toLocalTime();
        var dueLocal = due.atZone(OSLO).toLocalTime();
        // Only a start inside the hour that does not exist (spring gap) can move, by that hour.
        assertThat(Duration.between(startLocal, dueLocal).abs()).isLessThanOrEqualTo(Duration.ofHours(1));
    }
}
