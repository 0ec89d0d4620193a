package org.haven.crossborder;

import org.haven.casework.CaseFiles;
import org.haven.casework.CaseId;
import org.haven.casework.NewCase;
import org.haven.person.ChildDetails;
import org.haven.person.DateOfBirth;
import org.haven.person.Sex;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Messaging between two nodes on loopback, each a whole Haven with its own database and its outbox
 * running on its own schedule (every 50 ms): sustained throughput and end-to-end latency (request
 * committed in Norway until it is in Lithuania's inbox), then zero loss while Lithuania is stopped
 * and started again several times during a stream. Not part of the test run; the command is in
 * bench/README.md. Writes app/target/crossborder-benchmark.md.
 */
@Tag("benchmark")
class CrossBorderMessagingBenchmark {

    static final int BURST = Integer.getInteger("messages", 500);
    static final int STREAM = Integer.getInteger("stream", 300);
    static final int RESTARTS = Integer.getInteger("restarts", 3);

    @TempDir
    Path dirs;

    @Test
    void throughputLatencyAndNoLossWhileTheReceiverRestarts() throws Exception {
        try (var norway = HavenNode.startSending("NO", dirs.resolve("no"), "PT0.05S");
             var lithuania = HavenNode.startSending("LT", dirs.resolve("lt"), "PT0.05S")) {
            norway.bean(Partners.class).learn(lithuania.url());
            lithuania.bean(Partners.class).learn(norway.url());
            var caseId = aCase(norway);
            var report = new StringBuilder("| measure | value |\n|---|---|\n");

            var single = new ArrayList<UUID>();
            for (int i = 0; i < 50; i++) {
                single.add(ask(norway, caseId, i));
                Thread.sleep(250);
            }
            waitUntilReceived(lithuania, single, Duration.ofMinutes(2));
            var one = latenciesMillis(norway, lithuania, single);
            row(report, "one request at a time (50, 250 ms apart): latency p50 / p95 / max", String.format(Locale.ROOT,
                    "%.0f / %.0f / %.0f ms", percentile(one, 50), percentile(one, 95), one.get(one.size() - 1)));

            long start = System.nanoTime();
            var burst = new ArrayList<UUID>();
            for (int i = 0; i < BURST; i++) {
                burst.add(ask(norway, caseId, i));
            }
            double written = (System.nanoTime() - start) / 1e9;
            waitUntilReceived(lithuania, burst, Duration.ofMinutes(10));
            double total = (System.nanoTime() - start) / 1e9;
            var latencies = latenciesMillis(norway, lithuania, burst);
            row(report, "requests sent in a burst", BURST);
            row(report, "writing them (requests committed per second)", String.format(Locale.ROOT, "%.0f/s", BURST / written));
            row(report, "all received (end-to-end throughput)", String.format(Locale.ROOT, "%.1f s, %.0f messages/s", total, BURST / total));
            row(report, "burst latency p50 / p95 / max (commit in NO to inbox in LT, queueing included)", String.format(Locale.ROOT, "%.0f / %.0f / %.0f ms",
                    percentile(latencies, 50), percentile(latencies, 95), latencies.get(latencies.size() - 1)));

            var pool = Executors.newSingleThreadExecutor();
            Future<List<UUID>> stream = pool.submit(() -> {
                var ids = new ArrayList<UUID>();
                for (int i = 0; i < STREAM; i++) {
                    ids.add(ask(norway, caseId, i));
                    Thread.sleep(20);
                }
                return ids;
            });
            long streamStart = System.nanoTime();
            for (int r = 0; r < RESTARTS; r++) {
                Thread.sleep(1500);
                lithuania.stop();
                Thread.sleep(3000);
                lithuania.start();
            }
            var streamed = stream.get();
            pool.shutdown();
            waitUntilReceived(lithuania, streamed, Duration.ofMinutes(10));
            long received = streamed.stream().filter(id -> received(lithuania, id) == 1).count();
            long duplicates = lithuania.jdbc().sql("SELECT count(*) - count(DISTINCT id) FROM crossborder_request")
                    .query(Long.class).single();
            row(report, "stream while LT is stopped and started " + RESTARTS + " times", STREAM + " requests");
            row(report, "received exactly once", received + " of " + STREAM + " (duplicates: " + duplicates + ")");
            row(report, "stream until all received", String.format(Locale.ROOT, "%.1f s", (System.nanoTime() - streamStart) / 1e9));
            row(report, "machine", Runtime.getRuntime().availableProcessors() + " processors, Java " + Runtime.version());

            System.out.println(report);
            Files.writeString(Path.of("target/crossborder-benchmark.md"), report);
            assertThat(received).isEqualTo(STREAM);
            assertThat(duplicates).isZero();
        }
    }

    private static CaseId aCase(HavenNode node) {
        var caseworker = node.user("caseworker");
        return node.bean(CaseFiles.class).open(caseworker, new NewCase(new ChildDetails("Gabija", "Kazlauskaitė", List.of(),
                Sex.FEMALE, DateOfBirth.exact(LocalDate.of(2011, 4, 12)), List.of("LT"), List.of("lt")),
                caseworker.organisationId().value(), "Benchmark"));
    }

    private static UUID ask(HavenNode node, CaseId caseId, int i) {
        return node.bean(CrossBorderRequests.class).send(node.user("caseworker"), caseId, "LT", RequestKind.INFORMATION_REQUEST,
                LegalBasis.ANTI_TRAFFICKING_DIRECTIVE, "Question " + i);
    }

    private static long received(HavenNode node, UUID id) {
        return node.jdbc().sql("SELECT count(*) FROM crossborder_request WHERE id = ?").param(id).query(Long.class).single();
    }

    private static void waitUntilReceived(HavenNode node, List<UUID> ids, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            long count = node.jdbc().sql("SELECT count(*) FROM crossborder_request WHERE id IN (:ids)")
                    .param("ids", ids).query(Long.class).single();
            if (count == ids.size()) {
                return;
            }
            Thread.sleep(100);
        }
    }

    private static List<Double> latenciesMillis(HavenNode sender, HavenNode receiver, List<UUID> ids) {
        var latencies = new ArrayList<Double>();
        for (UUID id : ids) {
            var committed = sender.jdbc().sql("""
                            SELECT o.created_at FROM crossborder_outbox o JOIN crossborder_request r ON r.message_id = o.message_id
                            WHERE r.id = ?""").param(id).query(java.sql.Timestamp.class).single().toInstant();
            var arrived = receiver.jdbc().sql("SELECT created_at FROM crossborder_request WHERE id = ?").param(id)
                    .query(java.sql.Timestamp.class).single().toInstant();
            latencies.add(Duration.between(committed, arrived).toNanos() / 1e6);
        }
        Collections.sort(latencies);
        return latencies;
    }

    private static double percentile(List<Double> sorted, int percent) {
        return sorted.get(Math.max(0, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1));
    }

    private static void row(StringBuilder report, String measure, Object value) {
        report.append("| ").append(measure).append(" | ").append(value).append(" |\n");
    }
}
