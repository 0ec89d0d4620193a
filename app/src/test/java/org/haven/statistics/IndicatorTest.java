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
    static final java.time.Year YEAR = java.time.Year.of(2026);

    /** When the facts were read: 1 December 2026 at noon. */
    private static final Instant COUNTED = java.time.LocalDateTime.parse("2026-12-01T12:00").atZone(OSLO).toInstant();

    private static Instant day(String day) {
        return LocalDate.parse(day).atStartOfDay(OSLO).toInstant();
    }

    private static Instant at(String local) {
        return java.time.LocalDateTime.parse(local).atZone(OSLO).toInstant();
    }

    /** Seven cases, as described on each line; counts by hand are in the tests. A was placed the day protection started and
     * interviewed two days later, referred by the police; B placed after three days, interviewed after ten, referred by an NGO. */
    static final List<ChildCount> CASES = List.of(
            // A: protected March 2026, identified, guardian after 10 h, 1 interview, missing in May and found; girl, born 2011, RO, Oslo, sexual exploitation
            new ChildCount(java.util.UUID.randomUUID(), at("2026-03-01T10:00"), true, at("2026-03-01T20:00"), 1,
                    List.of(new ChildCount.Spell(at("2026-05-01T22:00"), at("2026-05-03T09:00"))),
                    "FEMALE", LocalDate.of(2011, 1, 1), LocalDate.of(2011, 12, 31), List.of("RO"), "Oslo", Set.of("SEXUAL_EXPLOITATION"), List.of(), null, COUNTED, 2, 0, "POLICE"),
            // B: protected June 2026, presumed, guardian after 3 days, 3 interviews; boy, 16-17 (estimated), VN and CN, Vestland, labour and criminality
            new ChildCount(java.util.UUID.randomUUID(), at("2026-06-10T08:00"), false, at("2026-06-13T08:00"), 3, List.of(),
                    "MALE", LocalDate.of(2008, 7, 1), LocalDate.of(2010, 6, 1), List.of("VN", "CN"), "Vestland",
                    Set.of("FORCED_LABOUR", "FORCED_CRIMINALITY"), List.of(), null, COUNTED, 10, 3, "NGO"),
            // C: protected on 31 Dec 2026 at 23:30 Oslo time (still 2026 here), no guardian yet; girl, no date of birth, no nationality
            new ChildCount(java.util.UUID.randomUUID(), at("2026-12-31T23:30"), false, null, 0, List.of(),
                    "FEMALE", null, null, List.of(), "Oslo", Set.of(), List.of(), null, COUNTED, null, null, null),
            // D: protected in 2025 (outside), went missing on 1 Jan 2026 at 00:10, not found; boy 12
            new ChildCount(java.util.UUID.randomUUID(), at("2025-11-20T12:00"), true, at("2025-11-20T13:00"), 2,
                    List.of(new ChildCount.Spell(at("2026-01-01T00:10"), null)),
                    "MALE", LocalDate.of(2013, 5, 5), LocalDate.of(2013, 5, 5), List.of("UA"), "Oslo", Set.of("FORCED_BEGGING"), List.of(), null, COUNTED, null, null, null),
            // E: never protected (screened, no reasonable grounds), went missing in 2025, found in Feb 2026
            new ChildCount(java.util.UUID.randomUUID(), null, false, null, 0,
                    List.of(new ChildCount.Spell(at("2025-12-30T18:00"), at("2026-02-02T10:00"))),
                    "FEMALE", LocalDate.of(2012, 2, 2), LocalDate.of(2012, 2, 2), List.of("SY"), "Oslo", Set.of(), List.of(), null, COUNTED, null, null, null),
            // F: never protected; best interests determined in Dec 2025 and Apr 2026; returned 20 May 2026 after a risk
            // assessment on 1 May; monitoring due 20 Jun (in on 18 Jun), 20 Aug (in late, 25 Aug), 20 Nov (not in), May 2027
            new ChildCount(java.util.UUID.randomUUID(), null, false, null, 0, List.of(), "MALE", LocalDate.of(2010, 1, 1),
                    LocalDate.of(2010, 1, 1), List.of("AL"), "Oslo", Set.of(), List.of(day("2025-12-01"), day("2026-04-10")),
                    new ChildCount.Return(day("2026-05-20"), day("2026-05-01"), List.of(
                            new ChildCount.Report(day("2026-06-20"), day("2026-06-18")), new ChildCount.Report(day("2026-08-20"), day("2026-08-25")),
                            new ChildCount.Report(day("2026-11-20"), null), new ChildCount.Report(day("2027-05-20"), null))), COUNTED, null, null, null),
            // G: returned 10 Feb 2026 with no risk assessment on record; monitoring due 10 Mar (in that day) and 10 Dec (after the count)
            new ChildCount(java.util.UUID.randomUUID(), null, false, null, 0, List.of(), "FEMALE", null, null, List.of(), "Oslo",
                    Set.of(), List.of(), new ChildCount.Return(day("2026-02-10"), null, List.of(
                            new ChildCount.Report(day("2026-03-10"), day("2026-03-10")), new ChildCount.Report(day("2026-12-10"), null))),
                    COUNTED, null, null, null));

    private static Counting.Counts count(Indicator indicator, Breakdown breakdown) {
        return counted(CASES, indicator, breakdown, YEAR);
    }

    /** The table counted in memory from where each case counts ({@link Counting#entries}), as the database does with SQL. */
    static Counting.Counts counted(List<ChildCount> cases, Indicator indicator, Breakdown breakdown, java.time.Year year) {
        var rows = new java.util.HashMap<String, Long>();
        long total = 0;
        for (var c : cases) {
            for (var entry : Counting.entries(c, OSLO)) {
                if (entry.indicator() == indicator && (breakdown.overYears() || entry.year().equals(year))) {
                    total++;
                    var labels = breakdown == Breakdown.NONE ? List.of("all")
                            : breakdown.overYears() ? List.of(entry.year().toString()) : entry.rows().get(breakdown);
                    for (String row : labels) {
                        rows.merge(row, 1L, Long::sum);
                    }
                }
            }
        }
        return Counting.Counts.of(rows, total, breakdown, year);
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
        assertThat(Counting.entries(CASES.get(2), OSLO)).extracting(e -> e.indicator() + " " + e.year() + " " + e.row(Breakdown.MONTH))
                .containsExactlyInAnyOrder("PRESUMED_OR_IDENTIFIED 2026 2026-12", "GUARDIAN_LATE_OR_MISSING 2026 2026-12");
        // A child never protected is aged on the day they counted: E, 14 when found on 2 February 2026.
        assertThat(count(Indicator.FOUND, Breakdown.AGE_BAND).rows()).containsExactly(entry("12-14", 2L));
    }

    @Test
    void best_interests_determinations_count_each_child_once_in_each_year_one_was_made() {
        assertThat(count(Indicator.BEST_INTERESTS_DETERMINED, Breakdown.NONE).total()).isEqualTo(1); // F (April)
        assertThat(counted(CASES, Indicator.BEST_INTERESTS_DETERMINED, Breakdown.MONTH, java.time.Year.of(2025)).rows())
                .containsEntry("2025-12", 1L); // F again, in the year of its first determination
    }

    @Test
    void returns_count_on_the_day_of_the_return_and_those_after_a_risk_assessment_are_a_part_of_them() {
        assertThat(count(Indicator.RETURNED, Breakdown.MONTH).rows()).containsEntry("2026-02", 1L).containsEntry("2026-05", 1L);
        assertThat(count(Indicator.RETURNED_AFTER_RISK_ASSESSMENT, Breakdown.NONE).total()).isEqualTo(1); // F; G has none
        assertThat(Indicator.RETURNED_AFTER_RISK_ASSESSMENT.partOf()).contains(Indicator.RETURNED);
    }

    @Test
    void monitoring_is_on_time_only_when_every_report_due_in_the_period_came_by_its_day_and_a_report_not_yet_due_does_not_count() {
        // F: due in June, August and November (not December 2027); G: due in March (December is after the count).
        assertThat(count(Indicator.MONITORING_DUE, Breakdown.MONTH).rows()).containsEntry("2026-03", 1L).containsEntry("2026-06", 1L);
        // G's one report came on its day; F's August report was late and November's never came.
        assertThat(count(Indicator.MONITORING_ON_TIME, Breakdown.NONE).total()).isEqualTo(1);
        assertThat(Counting.entries(CASES.get(6), OSLO)).extracting(Counting.Entry::indicator)
                .containsExactlyInAnyOrder(Indicator.RETURNED, Indicator.MONITORING_DUE, Indicator.MONITORING_ON_TIME);
    }

    @Test
    void citizenship_puts_a_child_with_any_eu_or_eea_nationality_with_those_and_the_others_as_third_country_nationals() {
        // A: Romanian; B: Vietnamese and Chinese; C: no nationality recorded.
        assertThat(count(Indicator.PRESUMED_OR_IDENTIFIED, Breakdown.CITIZENSHIP).rows())
                .containsExactly(entry("EU_EEA", 1L), entry("THIRD_COUNTRY", 1L), entry("unknown", 1L));
        var dual = new ChildCount(java.util.UUID.randomUUID(), at("2026-04-01T10:00"), false, null, 0, List.of(), "MALE", null, null,
                List.of("UA", "NO"), "Oslo", Set.of(), List.of(), null, COUNTED, null, null, null);
        assertThat(counted(List.of(dual), Indicator.PRESUMED_OR_IDENTIFIED, Breakdown.CITIZENSHIP, YEAR).rows())
                .as("Ukrainian and Norwegian: free movement").containsExactly(entry("EU_EEA", 1L));
    }

    @Test
    void the_trend_over_years_has_each_years_total_as_a_row_and_a_child_counted_in_two_years_in_both() {
        assertThat(count(Indicator.PRESUMED_OR_IDENTIFIED, Breakdown.YEAR).rows())
                .containsExactly(entry("2025", 1L), entry("2026", 3L)); // D; A, B and C
        var determinations = count(Indicator.BEST_INTERESTS_DETERMINED, Breakdown.YEAR);
        assertThat(determinations.rows()).containsExactly(entry("2025", 1L), entry("2026", 1L)); // F, each year
        assertThat(determinations.total()).isEqualTo(2);
    }

    @Test
    void a_safe_placement_by_the_next_day_and_a_first_interview_within_a_week_count_from_the_day_protection_started() {
        assertThat(count(Indicator.SAFE_PLACEMENT_WITHIN_A_DAY, Breakdown.NONE).total()).isEqualTo(1); // A (B after 3 days, C none)
        assertThat(count(Indicator.INTERVIEWED_WITHIN_A_WEEK, Breakdown.NONE).total()).isEqualTo(1); // A (B after 10 days)
        assertThat(Indicator.SAFE_PLACEMENT_WITHIN_A_DAY.partOf()).contains(Indicator.PRESUMED_OR_IDENTIFIED);
    }

    @Test
    void referred_by_names_the_kind_of_agency_that_referred_the_child_and_cases_opened_without_a_referral_apart() {
        assertThat(count(Indicator.PRESUMED_OR_IDENTIFIED, Breakdown.REFERRED_BY).rows())
                .containsExactly(entry("NGO", 1L), entry("NOT_REFERRED", 1L), entry("POLICE", 1L));
    }
}
