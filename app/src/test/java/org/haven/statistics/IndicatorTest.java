package org.haven.statistics;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/** Each indicator and breakdown against a small data set counted by hand (period: the year 2026 in Oslo). */
class IndicatorTest {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    private static final LocalDate FIRST = LocalDate.of(2026, 1, 1);
    private static final LocalDate LAST = LocalDate.of(2026, 12, 31);

    private static Instant at(String local) {
        return java.time.LocalDateTime.parse(local).atZone(OSLO).toInstant();
    }

    /** Five cases, as described on each line; counts by hand are in the tests. */
    private static final List<ChildCount> CASES = List.of(
            // A: protected March 2026, identified, guardian after 10 h, 1 interview, missing in May and found; girl, born 2011, RO, Oslo, sexual exploitation
            new ChildCount(java.util.UUID.randomUUID(), at("2026-03-01T10:00"), true, at("2026-03-01T20:00"), 1,
                    List.of(new ChildCount.Spell(at("2026-05-01T22:00"), at("2026-05-03T09:00"))),
                    "FEMALE", LocalDate.of(2011, 1, 1), LocalDate.of(2011, 12, 31), List.of("RO"), "Oslo", Set.of("SEXUAL_EXPLOITATION")),
            // B: protected June 2026, presumed, guardian after 3 days, 3 interviews; boy, 16-17 (estimated), VN and CN, Vestland, labour and criminality
            new ChildCount(java.util.UUID.randomUUID(), at("2026-06-10T08:00"), false, at("2026-06-13T08:00"), 3, List.of(),
                    "MALE", LocalDate.of(2008, 7, 1), LocalDate.of(2010, 6, 1), List.of("VN", "CN"), "Vestland",
                    Set.of("FORCED_LABOUR", "FORCED_CRIMINALITY")),
            // C: protected on 31 Dec 2026 at 23:30 Oslo time (still 2026 here), no guardian yet; girl, no date of birth, no nationality
            new ChildCount(java.util.UUID.randomUUID(), at("2026-12-31T23:30"), false, null, 0, List.of(),
                    "FEMALE", null, null, List.of(), "Oslo", Set.of()),
            // D: protected in 2025 (outside), went missing on 1 Jan 2026 at 00:10, not found; boy 12
            new ChildCount(java.util.UUID.randomUUID(), at("2025-11-20T12:00"), true, at("2025-11-20T13:00"), 2,
                    List.of(new ChildCount.Spell(at("2026-01-01T00:10"), null)),
                    "MALE", LocalDate.of(2013, 5, 5), LocalDate.of(2013, 5, 5), List.of("UA"), "Oslo", Set.of("FORCED_BEGGING")),
            // E: never protected (screened, no reasonable grounds), went missing in 2025, found in Feb 2026
            new ChildCount(java.util.UUID.randomUUID(), null, false, null, 0,
                    List.of(new ChildCount.Spell(at("2025-12-30T18:00"), at("2026-02-02T10:00"))),
                    "FEMALE", LocalDate.of(2012, 2, 2), LocalDate.of(2012, 2, 2), List.of("SY"), "Oslo", Set.of()));

    private static Tabulation.Counts count(Indicator indicator, Breakdown breakdown) {
        return Tabulation.count(CASES, indicator, breakdown, FIRST, LAST, OSLO);
    }

    @Test
    void presumed_or_identified_counts_protection_started_in_the_period_up_to_the_last_minute_of_its_last_day() {
        assertThat(count(Indicator.PRESUMED_OR_IDENTIFIED, Breakdown.NONE).total()).isEqualTo(3); // A, B, C
        assertThat(count(Indicator.IDENTIFIED, Breakdown.NONE).total()).isEqualTo(1); // A (D was protected in 2025)
    }

    @Test
    void guardian_within_24_hours_and_late_or_missing_split_the_protected_children() {
        assertThat(count(Indicator.GUARDIAN_WITHIN_24_HOURS, Breakdown.NONE).total()).isEqualTo(1); // A
        assertThat(count(Indicator.GUARDIAN_LATE_OR_MISSING, Breakdown.NONE).total()).isEqualTo(2); // B late, C none
    }

    @Test
    void interviewed_more_than_once_missing_and_found() {
        assertThat(count(Indicator.INTERVIEWED_MORE_THAN_ONCE, Breakdown.NONE).total()).isEqualTo(1); // B (D outside)
        assertThat(count(Indicator.WENT_MISSING, Breakdown.NONE).total()).isEqualTo(2); // A, D
        assertThat(count(Indicator.FOUND, Breakdown.NONE).total()).isEqualTo(2); // A, E
    }

    @Test
    void breakdowns_put_each_child_in_its_row_unknowns_last_and_several_nationalities_or_forms_in_each() {
        assertThat(count(Indicator.PRESUMED_OR_IDENTIFIED, Breakdown.SEX).rows())
                .containsExactly(entry("FEMALE", 2L), entry("MALE", 1L));
        // Age when protection started, youngest possible: A 14 on 1 March 2026 (born in 2011), B 16, C unknown.
        assertThat(count(Indicator.PRESUMED_OR_IDENTIFIED, Breakdown.AGE_BAND).rows())
                .containsExactly(entry("12-14", 1L), entry("15-17", 1L), entry("unknown", 1L));
        assertThat(count(Indicator.PRESUMED_OR_IDENTIFIED, Breakdown.NATIONALITY).rows())
                .containsExactly(entry("CN", 1L), entry("RO", 1L), entry("VN", 1L), entry("unknown", 1L));
        assertThat(count(Indicator.PRESUMED_OR_IDENTIFIED, Breakdown.REGION).rows())
                .containsExactly(entry("Oslo", 2L), entry("Vestland", 1L));
        var forms = count(Indicator.PRESUMED_OR_IDENTIFIED, Breakdown.FORM_OF_EXPLOITATION);
        assertThat(forms.rows()).containsExactly(entry("FORCED_CRIMINALITY", 1L), entry("FORCED_LABOUR", 1L),
                entry("SEXUAL_EXPLOITATION", 1L), entry("unknown", 1L));
        assertThat(forms.total()).isEqualTo(3);
        // Age is always taken when protection started, also for other indicators: A 14, D 12 (November 2025).
        assertThat(count(Indicator.WENT_MISSING, Breakdown.AGE_BAND).rows()).containsExactly(entry("12-14", 2L));
        // By month: every month of the period has a row; C counts in December (23:30 on the 31st in Oslo).
        var months = count(Indicator.PRESUMED_OR_IDENTIFIED, Breakdown.MONTH).rows();
        assertThat(months).hasSize(12).containsEntry("2026-03", 1L).containsEntry("2026-06", 1L)
                .containsEntry("2026-12", 1L).containsEntry("2026-01", 0L);
        assertThat(months.keySet()).first().isEqualTo("2026-01");
        assertThat(Tabulation.casesIn(CASES, Indicator.PRESUMED_OR_IDENTIFIED, Breakdown.MONTH, FIRST, LAST, OSLO, "2026-12"))
                .containsExactly(CASES.get(2).caseId());
        // A child never protected is aged on the day they counted: E, 14 when found on 2 February 2026.
        assertThat(count(Indicator.FOUND, Breakdown.AGE_BAND).rows()).containsExactly(entry("12-14", 2L));
    }
}
