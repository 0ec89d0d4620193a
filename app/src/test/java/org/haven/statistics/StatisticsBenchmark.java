package org.haven.statistics;

import org.haven.support.DemoUsers;
import org.haven.support.HavenIntegrationTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;

/**
 * How long the statistics take on many cases: the case data are generated with SQL
 * ({@code -Dcases=}, default 1,000,000: sex, date of birth, nationality, protection, guardian,
 * interviews, missing spells), then it measures reading every case's facts (a snapshot, taken at
 * most every 5 minutes) and counting plus suppressing each indicator by each breakdown from the
 * snapshot (median and slowest of 10 runs each, after 3 to warm up). Run by hand (bench/README.md); writes
 * app/target/statistics-benchmark.md.
 */
@HavenIntegrationTest
@Tag("benchmark")
class StatisticsBenchmark {

    @Autowired Statistics statistics;
    @Autowired JdbcClient jdbc;
    @Autowired DemoUsers demoUsers;

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
        var snapshot = statistics.load();
        double load = (System.nanoTime() - start) / 1e9;
        long heapBefore = usedHeap();
        var keep = snapshot.cases().size();

        var cells = new SmallCells(11, 1);
        var zone = ZoneId.of("Europe/Oslo");
        var out = new StringBuilder("# Statistics benchmark\n\n");
        out.append("%,d cases generated in %.1f s; reading every case's facts (the snapshot): %.1f s, %,d cases, about %d MiB of heap.%n%n"
                .formatted(n, generated, load, keep, heapBefore / (1024 * 1024)));
        out.append("| indicator | breakdown | median ms | slowest of 10 ms |\n|---|---|---|---|\n");
        var all = new ArrayList<Double>();
        for (var indicator : Indicator.values()) {
            for (var breakdown : Breakdown.values()) {
                double[] times = new double[10];
                for (int i = -3; i < times.length; i++) { // three runs to warm up, not counted
                    long t = System.nanoTime();
                    var counts = Tabulation.count(snapshot.cases(), indicator, breakdown, LocalDate.of(2024, 1, 1),
                            LocalDate.of(2024, 12, 31), zone);
                    cells.publish(counts.rows(), counts.total());
                    if (i >= 0) {
                        times[i] = (System.nanoTime() - t) / 1e6;
                    }
                }
                Arrays.sort(times);
                all.add(times[9]);
                out.append("| %s | %s | %.1f | %.1f |%n".formatted(indicator, breakdown, times[4], times[9]));
            }
        }
        out.append("%nSlowest table (slowest run): %.1f ms.%n".formatted(java.util.Collections.max(all)));
        System.out.println(out);
        Files.writeString(Path.of("target/statistics-benchmark.md"), out);
    }

    private static long usedHeap() {
        System.gc();
        var runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
