package org.haven.statistics;

import org.haven.bestinterests.BestInterestsFactsChanged;
import org.haven.casework.CaseFiles;
import org.haven.casework.CaseId;
import org.haven.casework.MissingEpisodes;
import org.haven.casework.NewCase;
import org.haven.casework.Placements;
import org.haven.intake.Intake;
import org.haven.intake.Referral;
import org.haven.casework.ProtectionStatus;
import org.haven.person.ChildDetails;
import org.haven.person.DateOfBirth;
import org.haven.person.Sex;
import org.haven.audit.Actor;
import org.haven.support.DemoUsers;
import org.haven.support.HavenIntegrationTest;
import org.haven.support.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The statistics count from the cases kept counted in the database: a change to a case is counted
 * before the next table is shown, counting every case anew agrees with counting each change, and
 * the SQL counts what the definitions count.
 */
@HavenIntegrationTest
class CountedCasesTest {

    @Autowired CaseCounter counter;
    @Autowired CountedCases counted;
    @Autowired Statistics statistics;
    @Autowired CaseFiles caseFiles;
    @Autowired MissingEpisodes missingEpisodes;
    @Autowired Placements placements;
    @Autowired Intake intake;
    @Autowired DemoUsers demoUsers;
    @Autowired MutableClock clock;
    @Autowired ApplicationEventPublisher events;
    @Autowired JdbcClient jdbc;
    @Autowired PlatformTransactionManager transactionManager;

    private List<String> countsOf(UUID caseId) {
        counter.catchUp();
        return jdbc.sql("SELECT indicator || ' ' || sex || ' ' || array_to_string(nationalities, '+') FROM statistics_counted "
                        + "WHERE case_id = :id ORDER BY indicator")
                .param("id", caseId).query(String.class).list();
    }

    @Test
    void a_change_to_a_case_or_its_child_is_counted_before_the_next_table_is_shown() {
        var lead = demoUsers.user("caseworker");
        var caseId = caseFiles.open(lead, new NewCase(new ChildDetails("Counted", "Later", List.of(), Sex.MALE,
                DateOfBirth.estimatedAge(14, 15, LocalDate.now(clock)), List.of("UA"), List.of("uk")),
                lead.organisationId().value(), "Counted by the statistics"));
        assertThat(countsOf(caseId.value())).as("not a victim, never missing: counted nowhere").isEmpty();

        caseFiles.recordProtectionStatus(Actor.system("test"), caseId, ProtectionStatus.PRESUMED_VICTIM);
        assertThat(countsOf(caseId.value())).containsExactly("GUARDIAN_LATE_OR_MISSING MALE UA", "PRESUMED_OR_IDENTIFIED MALE UA");

        placements.place(lead, caseId, new Placements.Placement(null, Placements.Kind.SPECIALISED_SHELTER, "Shelter address",
                LocalDate.now(clock.withZone(java.time.ZoneId.of("Europe/Oslo"))), null, false, null, null, null, null));
        assertThat(countsOf(caseId.value())).contains("SAFE_PLACEMENT_WITHIN_A_DAY MALE UA");

        missingEpisodes.reportMissing(lead, caseId, new MissingEpisodes.Report(clock.instant().minus(Duration.ofHours(2)),
                null, MissingEpisodes.Risk.HIGH, null, true, null));
        assertThat(countsOf(caseId.value())).contains("WENT_MISSING MALE UA");

        var child = caseFiles.view(lead, caseId).child();
        caseFiles.correctChild(lead, caseId, new ChildDetails("Counted", "Later", List.of(), Sex.FEMALE,
                child.dateOfBirth(), List.of("UA", "MD"), List.of("uk")), child.version());
        assertThat(countsOf(caseId.value())).contains("PRESUMED_OR_IDENTIFIED FEMALE MD+UA", "WENT_MISSING FEMALE MD+UA");
    }

    @Test
    void a_case_opened_from_a_police_referral_is_counted_as_referred_by_the_police() {
        var police = demoUsers.user("police");
        var referral = intake.refer(police, new Referral.Content("Referred", "Counted", 15, "FEMALE", null, "Harbour", "Oslo", null,
                "Working on a fishing boat at night", null, false, false, Set.of()), true);
        var accepted = intake.acceptIntoNewCase(demoUsers.user("caseworker2"), referral, 2);
        caseFiles.recordProtectionStatus(Actor.system("test"), accepted.caseId(), ProtectionStatus.PRESUMED_VICTIM);

        counter.catchUp();
        assertThat(jdbc.sql("SELECT DISTINCT referred_by FROM statistics_counted WHERE case_id = :id")
                .param("id", accepted.caseId().value()).query(String.class).list()).containsExactly("POLICE");
    }

    @Test
    void a_referral_accepted_into_a_case_already_open_counts_it_as_referred_at_once() {
        var lead = demoUsers.user("caseworker2");
        var caseId = caseFiles.open(lead, new NewCase(new ChildDetails("Known", "Before", List.of(), Sex.MALE,
                DateOfBirth.estimatedAge(13, 14, LocalDate.now(clock)), List.of("AL"), List.of("sq")),
                lead.organisationId().value(), "Known to the service before the police referred him"));
        caseFiles.recordProtectionStatus(Actor.system("test"), caseId, ProtectionStatus.PRESUMED_VICTIM);
        assertThat(countsOf(caseId.value())).isNotEmpty();
        var referral = intake.refer(demoUsers.user("police"), new Referral.Content("Known", "Before", 13, "MALE", null, "Station",
                "Oslo", null, "Seen selling for an adult", null, false, false, Set.of()), true);

        intake.acceptIntoExistingCase(lead, referral, caseId, 2);

        counter.catchUp();
        assertThat(jdbc.sql("SELECT DISTINCT referred_by FROM statistics_counted WHERE case_id = :id")
                .param("id", caseId.value()).query(String.class).list()).containsExactly("POLICE");
    }

    @Test
    void counting_every_case_anew_gives_the_counts_kept_change_by_change() {
        // Other tests move the shared clock on: a monitoring report may have fallen due since a case
        // was last counted, which the nightly count (countAll) picks up. Count every case now, change
        // by change, so that both counts are made at the same moment.
        jdbc.sql("SELECT id FROM casework_case").query(UUID.class).list()
                .forEach(id -> events.publishEvent(new BestInterestsFactsChanged(new CaseId(id))));
        counter.catchUp();
        var kept = everyCount();
        var cells = everyCell();
        counter.countAll();
        assertThat(everyCount()).isNotEmpty().containsExactlyElementsOf(kept);
        assertThat(everyCell()).isNotEmpty().containsExactlyElementsOf(cells);
        assertThat(counted.countedByDefinition()).contains(CaseCounter.DEFINITION);
    }

    private List<String> everyCount() {
        return jdbc.sql("""
                        SELECT concat_ws(' ', indicator, year, case_id, month, sex, age_band, citizenship, region, referred_by, nationalities::text, forms::text)
                        FROM statistics_counted ORDER BY indicator, year, case_id""").query(String.class).list();
    }

    private static ChildCount.Return randomReturn(Random random, Instant start) {
        var back = start.plus(Duration.ofDays(random.nextInt(400)));
        var reports = new ArrayList<ChildCount.Report>();
        for (int months : new int[]{1, 3, 6, 12}) {
            var due = back.plus(Duration.ofDays(30L * months));
            reports.add(new ChildCount.Report(due, random.nextBoolean() ? null : due.plus(Duration.ofDays(random.nextInt(7) - 3))));
        }
        return new ChildCount.Return(back, random.nextBoolean() ? back.minus(Duration.ofDays(9)) : null, reports);
    }

    private List<String> everyCell() {
        return jdbc.sql("SELECT concat_ws(' ', indicator, year, breakdown, row_label, cases) FROM statistics_cell ORDER BY 1")
                .query(String.class).list();
    }

    @Test
    void the_database_counts_as_the_definitions_do_the_hand_counted_cases_and_many_random_ones() {
        var random = new Random(7310);
        var cases = new ArrayList<>(IndicatorTest.CASES);
        String[] regions = {"Oslo", "Vestland", "Troms, \"Nord\"", "Møre og Romsdal", "back\\slash", "", null};
        String[] countries = {"RO", "UA", "VN", "AF", "SY"};
        String[] forms = {"SEXUAL_EXPLOITATION", "FORCED_LABOUR", "FORCED_BEGGING", "FORCED_CRIMINALITY"};
        var start = Instant.parse("2025-06-01T00:00:00Z");
        for (int i = 0; i < 400; i++) {
            Instant protectedSince = random.nextInt(4) == 0 ? null : start.plus(Duration.ofHours(random.nextInt(24 * 540)));
            Instant guardian = protectedSince == null || random.nextBoolean() ? null : protectedSince.plus(Duration.ofHours(random.nextInt(60)));
            var spells = new ArrayList<ChildCount.Spell>();
            if (random.nextInt(3) == 0) {
                var since = start.plus(Duration.ofHours(random.nextInt(24 * 540)));
                spells.add(new ChildCount.Spell(since, random.nextBoolean() ? null : since.plus(Duration.ofHours(random.nextInt(24 * 90)))));
            }
            var born = random.nextInt(6) == 0 ? null : LocalDate.of(2006 + random.nextInt(14), 1 + random.nextInt(12), 1);
            cases.add(new ChildCount(UUID.randomUUID(), protectedSince, random.nextBoolean(), guardian, random.nextInt(4), spells,
                    random.nextInt(5) == 0 ? null : random.nextBoolean() ? "FEMALE" : "MALE", born, born,
                    random.nextBoolean() ? List.of() : List.of(countries[random.nextInt(5)], countries[random.nextInt(5)]).stream().distinct().toList(),
                    regions[random.nextInt(regions.length)],
                    random.nextBoolean() ? Set.of() : Set.of(forms[random.nextInt(4)]),
                    random.nextInt(5) == 0 ? List.of(start.plus(Duration.ofDays(random.nextInt(540)))) : List.of(),
                    random.nextInt(5) == 0 ? randomReturn(random, start) : null, start.plus(Duration.ofDays(500)),
                    random.nextBoolean() ? null : random.nextInt(12) - 2, random.nextBoolean() ? null : random.nextInt(4) - 1,
                    random.nextBoolean() ? null : random.nextBoolean() ? "POLICE" : "NGO"));
        }
        var transaction = new TransactionTemplate(transactionManager);
        transaction.executeWithoutResult(status -> {
            counted.lockForWriting(true);
            counted.forgetAll();
            counted.replace(cases.stream().map(ChildCount::caseId).toList(),
                    cases.stream().flatMap(c -> Counting.entries(c, java.time.ZoneId.of("Europe/Oslo")).stream()).toList());
            for (var year : List.of(Year.of(2025), Year.of(2026))) {
                for (var indicator : Indicator.values()) {
                    for (var breakdown : Breakdown.values()) {
                        assertThat(counted.count(List.of(indicator), breakdown, year).get(indicator))
                                .as(indicator + " by " + breakdown + " in " + year)
                                .isEqualTo(IndicatorTest.counted(cases, indicator, breakdown, year));
                    }
                }
            }
            assertThat(counted.casesIn(Indicator.PRESUMED_OR_IDENTIFIED, Breakdown.MONTH, Year.of(2026), "2026-12"))
                    .contains(IndicatorTest.CASES.get(2).caseId());
            assertThat(counted.casesIn(Indicator.PRESUMED_OR_IDENTIFIED, Breakdown.NATIONALITY, Year.of(2026), "CN"))
                    .containsExactly(IndicatorTest.CASES.get(1).caseId());
            // The trend over years shows each year exactly as that year's own table shows its total, and no total.
            var coordinator = demoUsers.user("coordinator");
            for (var indicator : Indicator.values()) {
                var trend = statistics.table(coordinator, new Statistics.Query(indicator, Breakdown.YEAR, Year.of(2026)), "statistics.viewed")
                        .published();
                assertThat(trend.total().suppressed()).isTrue();
                trend.rows().forEach((year, cell) -> assertThat(cell).as(indicator + " in " + year).isEqualTo(statistics.table(coordinator,
                        new Statistics.Query(indicator, Breakdown.NONE, Year.parse(year)), "statistics.viewed").published().total()));
            }
            status.setRollbackOnly(); // the demo's counts stay as they were
        });
    }
}
