package org.haven.statistics;

import org.haven.support.DemoUsers;
import org.haven.support.HavenIntegrationTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;

/**
 * How long the statistics take on many cases: the case data are generated with SQL
 * ({@code -Dcases=}, default 1,000,000: sex, date of birth, nationality, protection, guardian,
 * interviews, missing spells), then it measures counting every case (as each night) and asking for
 * each indicator by each breakdown as the page does (p50 and p95 of 20 runs each, after 3 to warm
 * up), and counting 100 changed cases again. Run by hand (bench/README.md); writes
 * app/target/statistics-benchmark.md.
 */
@HavenIntegrationTest
@Tag("benchmark")
class StatisticsBenchmark {

    @Autowired Statistics statistics;
    @Autowired CaseCounter counter;
    @Autowired JdbcClient jdbc;
    @Autowired DemoUsers demoUsers;
    @Autowired org.springframework.test.web.servlet.MockMvc mvc;

    @Test
    void statistics_on_many_cases() throws Exception {
        int n = Integer.getInteger("cases", 1_000_000);
        var agency = demoUsers.user("caseworker").organisationId().value();
        var user = demoUsers.user("caseworker").id().value();
        long generate = System.nanoTime();
        jdbc.sql("""
                        INSERT INTO person_child (id, sex, dob_precision, dob_earliest, dob_latest, registered_at)
                        SELECT md5('bench-child' || g)::uuid, (ARRAY['FEMALE','MALE','UNKNOWN'])[1 + g % 3], 'EXACT',
                               date '2006-01-01' + (g::bigint * 7919 % 5000)::int, date '2006-01-01' + (g::bigint * 7919 % 5000)::int, now()
                        FROM generate_series(1, :n) g""").param("n", n).update();
        jdbc.sql("""
                        INSERT INTO person_nationality (person_child, country)
                        SELECT md5('bench-child' || g)::uuid, (ARRAY['RO','UA','VN','AF','SY','ER','NO','LT','PL','MA'])[1 + g % 10]
                        FROM generate_series(1, :n) g""").param("n", n).update();
        jdbc.sql("""
                        INSERT INTO casework_case (id, reference, child_id, lead_agency_id, status, opened_at, opened_by,
                                                   last_changed_at, protection_status, protected_since)
                        SELECT md5('bench-case' || g)::uuid, 'BENCH-' || g, md5('bench-child' || g)::uuid, :agency, 'ACTIVE',
                               t, :user, t, (ARRAY['NONE','PRESUMED_VICTIM','IDENTIFIED_VICTIM'])[1 + g % 3],
                               CASE WHEN g % 3 = 0 THEN NULL ELSE t END
                        FROM generate_series(1, :n) g, LATERAL (SELECT timestamptz '2020-01-01' + (g % 2190) * interval '1 day'
                                                                       + (g % 1440) * interval '1 minute' AS t) x""")
                .param("n", n).param("agency", agency).param("user", user).update();
        jdbc.sql("""
                        INSERT INTO casework_case_milestone (casework_case, milestone, reached_at)
                        SELECT md5('bench-case' || g)::uuid, 'GUARDIAN_APPOINTED',
                               timestamptz '2020-01-01' + (g % 2190) * interval '1 day' + (g % 72) * interval '1 hour'
                        FROM generate_series(1, :n) g WHERE g % 3 <> 0 AND g % 4 <> 0""").param("n", n).update();
        jdbc.sql("""
                        INSERT INTO casework_interview (id, case_id, held_at, interviewer, purpose, premises, video_recorded,
                                                        interpreter_used, recorded_by, recorded_at)
                        SELECT gen_random_uuid(), md5('bench-case' || g)::uuid, now(), 'x', 'CHILD_PROTECTION', 'BARNAHUS',
                               true, false, :user, now()
                        FROM generate_series(1, :n) g, generate_series(1, 2) k WHERE g % 5 = 0""")
                .param("n", n).param("user", user).update();
        jdbc.sql("""
                        INSERT INTO casework_missing_episode (id, case_id, missing_since, risk, police_informed, reported_by,
                                                              reported_at, found_at)
                        SELECT gen_random_uuid(), md5('bench-case' || g)::uuid, t, 'HIGH', true, :user, t,
                               CASE WHEN g % 40 = 0 THEN NULL ELSE t + interval '2 days' END
                        FROM generate_series(1, :n) g, LATERAL (SELECT timestamptz '2020-03-01' + (g % 2000) * interval '1 day' AS t) x
                        WHERE g % 20 = 0""").param("n", n).param("user", user).update();
        jdbc.sql("ANALYZE").update();
        double generated = (System.nanoTime() - generate) / 1e9;

        long start = System.nanoTime();
        counter.countAll();
        double countAll = (System.nanoTime() - start) / 1e9;
        long rows = jdbc.sql("SELECT count(*) FROM statistics_counted").query(Long.class).single();
        jdbc.sql("ANALYZE statistics_counted").update();

        var coordinator = demoUsers.user("coordinator");
        var out = new StringBuilder("# Statistics benchmark\n\n");
        out.append("%,d cases generated in %.1f s; counting every case (the nightly count, also run when the definitions change): %.1f s, %,d counted rows.%n%n"
                .formatted(n, generated, countAll, rows));
        out.append("A table as the page asks for it (Statistics.table: catching up, counting with SQL, suppressing, auditing), year 2024, 20 runs after 3 to warm up:\n\n");
        out.append("| indicator | breakdown | p50 ms | p95 ms |\n|---|---|---|---|\n");
        var all = new ArrayList<Double>();
        for (var indicator : Indicator.values()) {
            for (var breakdown : Breakdown.values()) {
                double[] times = new double[20];
                for (int i = -3; i < times.length; i++) {
                    long t = System.nanoTime();
                    statistics.table(coordinator, new Statistics.Query(indicator, breakdown, java.time.Year.of(2024)), "statistics.viewed");
                    if (i >= 0) {
                        times[i] = (System.nanoTime() - t) / 1e6;
                        all.add(times[i]);
                    }
                }
                Arrays.sort(times);
                out.append("| %s | %s | %.1f | %.1f |%n".formatted(indicator, breakdown, times[9], times[18]));
            }
        }
        all.sort(null);
        out.append("%nAll tables: p50 %.1f ms, p95 %.1f ms, slowest %.1f ms.%n".formatted(all.get(all.size() / 2),
                all.get((int) (all.size() * 0.95)), all.get(all.size() - 1)));

        for (var file : new String[]{"/statistics.csv", "/statistics.xlsx"}) {
            double[] times = new double[20];
            for (int i = -3; i < times.length; i++) {
                long t = System.nanoTime();
                mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(file)
                                .param("indicator", "PRESUMED_OR_IDENTIFIED").param("breakdown", "NATIONALITY").param("year", "2024")
                                .with(demoUsers.as("coordinator")))
                        .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk());
                if (i >= 0) {
                    times[i] = (System.nanoTime() - t) / 1e6;
                }
            }
            Arrays.sort(times);
            out.append("Export of a publishable table, %s (request to file, by nationality): p50 %.1f ms, p95 %.1f ms.%n"
                    .formatted(file, times[9], times[18]));
        }
        var someCases = jdbc.sql("SELECT id FROM casework_case WHERE reference LIKE 'BENCH-%' LIMIT 100").query(java.util.UUID.class).list();
        long recount = System.nanoTime();
        someCases.forEach(id -> counter.on(new org.haven.casework.CaseFactsChanged(new org.haven.casework.CaseId(id))));
        counter.catchUp();
        out.append("Counting 100 changed cases again: %.1f ms.%n".formatted((System.nanoTime() - recount) / 1e6));
        System.out.println(out);
        Files.writeString(Path.of("target/statistics-benchmark.md"), out);
    }
}
