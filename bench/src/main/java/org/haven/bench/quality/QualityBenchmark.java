package org.haven.bench.quality;

import org.haven.bench.synth.Dataset;
import org.haven.bench.synth.Generator;
import org.haven.linkage.PersonRecord;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Precision, recall, F1 and top-5 recall of Haven and its peers, side by side in one run on the
 * same generated data. Usage (see bench/README.md):
 * {@code QualityBenchmark [records=100000] [queries=10000] [seed=2026] [peers=haven,duke,duke-latin,trgm] [out=folder]}
 */
public final class QualityBenchmark {

    private QualityBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        int records = Integer.parseInt(options.getOrDefault("records", "100000"));
        int queries = Integer.parseInt(options.getOrDefault("queries", "10000"));
        long seed = Long.parseLong(options.getOrDefault("seed", "2026"));
        List<String> peers = List.of(options.getOrDefault("peers", "haven,duke,duke-latin,trgm").split(","));
        long start = System.nanoTime();
        Dataset data = new Generator(seed).generate(records, queries, 0.2);
        System.out.printf("generated %d records and %d queries (seed %d) in %.1f s%n", records, queries, seed,
                (System.nanoTime() - start) / 1e9);
        if (options.containsKey("out")) {
            data.write(Path.of(options.get("out")));
        }
        System.out.println(Scores.header());
        for (String peer : peers) {
            try (Matcher matcher = matcher(peer)) {
                System.out.println(evaluate(matcher, data).row());
            }
        }
    }

    public static Scores evaluate(Matcher matcher, Dataset data) throws Exception {
        long start = System.nanoTime();
        matcher.index(data.records());
        double build = (System.nanoTime() - start) / 1e9;
        var answers = new LinkedHashMap<String, List<Matcher.Answer>>();
        start = System.nanoTime();
        for (PersonRecord query : data.queries()) {
            answers.put(query.id(), new ArrayList<>(matcher.match(query)));
        }
        double meanMillis = (System.nanoTime() - start) / 1e6 / data.queries().size();
        return Scores.of(matcher.name(), answers, data.truth(), build, meanMillis);
    }

    static Matcher matcher(String name) throws Exception {
        return switch (name.strip()) {
            case "haven" -> new HavenMatcher();
            case "duke" -> new DukeMatcher(false);
            case "duke-latin" -> new DukeMatcher(true);
            case "trgm" -> new TrigramMatcher();
            default -> throw new IllegalArgumentException("unknown matcher " + name + " (haven, duke, duke-latin, trgm)");
        };
    }

    static Map<String, String> options(String[] args) {
        var options = new LinkedHashMap<String, String>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (eq > 0) {
                options.put(arg.substring(0, eq), arg.substring(eq + 1));
            }
        }
        return options;
    }
}
