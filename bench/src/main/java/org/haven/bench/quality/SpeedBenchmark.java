package org.haven.bench.quality;

import org.haven.bench.synth.Dataset;
import org.haven.linkage.PersonRecord;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Speed of Haven and its peers on the same generated data, one after the other in one run: index
 * build time, memory the index holds, single-query latency (p50, p95, p99 after a warm-up) and
 * throughput with {@code threads} callers. Usage (see bench/README.md):
 * {@code SpeedBenchmark [records=1000000] [queries=2000] [warmup=1000] [threads=2] [seed=2026] [names=wide|narrow] [peers=haven,duke,trgm]}
 *
 * <p>Memory: for the in-process matchers, the heap still in use after a full collection with the
 * index built, less the same before it (so the generated data itself is not counted). For
 * PostgreSQL, the size of the table and its index on disk, which is what its shared buffers and the
 * page cache have to hold.
 */
public final class SpeedBenchmark {

    private SpeedBenchmark() {
    }

    /** What one matcher measured. */
    record Speed(String matcher, double buildSeconds, double memoryMiB, double p50, double p95, double p99,
                 double perSecond, int threads) {

        static String header() {
            return "| matcher | index build (s) | memory (MiB) | p50 (ms) | p95 (ms) | p99 (ms) | throughput (queries/s) |\n"
                    + "|---|---|---|---|---|---|---|";
        }

        String row() {
            return String.format(Locale.ROOT, "| %s | %.1f | %.0f | %.2f | %.2f | %.2f | %.0f (%d thread%s) |", matcher,
                    buildSeconds, memoryMiB, p50, p95, p99, perSecond, threads, threads == 1 ? "" : "s");
        }
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = QualityBenchmark.options(args);
        int records = Integer.parseInt(options.getOrDefault("records", "1000000"));
        int queries = Integer.parseInt(options.getOrDefault("queries", "2000"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "1000"));
        int threads = Integer.parseInt(options.getOrDefault("threads", "2"));
        long seed = Long.parseLong(options.getOrDefault("seed", "2026"));
        List<String> peers = List.of(options.getOrDefault("peers", "haven,duke,trgm").split(","));
        long start = System.nanoTime();
        Dataset data = QualityBenchmark.generator(options, seed).generate(records, warmup + queries, 0.2);
        System.out.printf("generated %d records and %d queries (seed %d, names %s) in %.1f s; %d processors, max heap %d MiB%n",
                records, warmup + queries, seed, options.getOrDefault("names", "wide"), (System.nanoTime() - start) / 1e9,
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        System.out.println(Speed.header());
        for (String peer : peers) {
            try (Matcher matcher = QualityBenchmark.matcher(peer)) {
                System.out.println(measure(matcher, data, warmup, threads).row());
            }
        }
    }

    static Speed measure(Matcher matcher, Dataset data, int warmup, int threads) throws Exception {
        long heapBefore = usedHeapAfterCollection();
        long start = System.nanoTime();
        matcher.index(data.records());
        double build = (System.nanoTime() - start) / 1e9;
        long onDisk = matcher.storedBytes();
        double memory = (onDisk >= 0 ? onDisk : usedHeapAfterCollection() - heapBefore) / 1024.0 / 1024.0;

        List<PersonRecord> all = data.queries();
        for (PersonRecord query : all.subList(0, warmup)) {
            matcher.match(query);
        }
        List<PersonRecord> measured = all.subList(warmup, all.size());
        double[] millis = new double[measured.size()];
        for (int i = 0; i < millis.length; i++) {
            long t = System.nanoTime();
            matcher.match(measured.get(i));
            millis[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(millis);
        int callers = matcher.concurrent() ? threads : 1;
        return new Speed(matcher.name(), build, memory, percentile(millis, 50), percentile(millis, 95),
                percentile(millis, 99), throughput(matcher, measured, callers), callers);
    }

    private static double throughput(Matcher matcher, List<PersonRecord> queries, int threads) throws Exception {
        var next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long start = System.nanoTime();
            List<Future<Object>> callers = pool.invokeAll(java.util.Collections.nCopies(threads, () -> {
                for (int i = next.getAndIncrement(); i < queries.size(); i = next.getAndIncrement()) {
                    matcher.match(queries.get(i));
                }
                return null;
            }));
            for (var caller : callers) {
                caller.get();
            }
            return queries.size() / ((System.nanoTime() - start) / 1e9);
        } finally {
            pool.shutdown();
        }
    }

    static double percentile(double[] sorted, int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank))];
    }

    private static long usedHeapAfterCollection() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
