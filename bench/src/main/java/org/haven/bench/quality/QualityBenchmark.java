package org.haven.bench.quality;

import org.haven.bench.synth.Dataset;
import org.haven.bench.synth.Generator;
import org.haven.bench.synth.NameSpread;
import org.haven.linkage.PersonRecord;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Precision, recall, F1 and top-5 recall of Haven and its peers, side by side in one run on the
 * same generated data. Usage (see bench/README.md):
 * {@code QualityBenchmark [records=100000] [queries=10000] [seed=2026] [names=wide|narrow] [peers=haven,duke,duke-latin,trgm] [out=folder]}
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
        Dataset data = generator(options, seed).generate(records, queries, 0.2);
        System.out.printf("generated %d records and %d queries (seed %d, names %s) in %.1f s%n", records, queries, seed,
                options.getOrDefault("names", "wide"), (System.nanoTime() - start) / 1e9);
        if (options.containsKey("out")) {
            data.write(Path.of(options.get("out")));
        }
        Dataset unambiguous = data.withoutNamesakes();
        System.out.printf("%d of the %d queries are about a child with a namesake in the records (same given and"
                + " family names, sex and year of birth); the second row of each matcher leaves them out%n",
                data.withNamesake().size(), queries);
        System.out.println(Scores.header());
        for (String peer : peers) {
            try (Matcher matcher = matcher(peer)) {
                var answers = answer(matcher, data);
                System.out.println(answers.scores(data).row());
                System.out.println(answers.scores(unambiguous).row().replaceFirst("\\| ([^|]+) \\|", "| $1, no namesakes |"));
            }
        }
    }

    public static Scores evaluate(Matcher matcher, Dataset data) throws Exception {
        return answer(matcher, data).scores(data);
    }

    /** Every query of {@code data} put to {@code matcher}, after it has indexed the records. */
    static Answers answer(Matcher matcher, Dataset data) throws Exception {
        long start = System.nanoTime();
        matcher.index(data.records());
        double build = (System.nanoTime() - start) / 1e9;
        var answers = new LinkedHashMap<String, List<Matcher.Answer>>();
        start = System.nanoTime();
        for (PersonRecord query : data.queries()) {
            answers.put(query.id(), new ArrayList<>(matcher.match(query)));
        }
        double meanMillis = (System.nanoTime() - start) / 1e6 / data.queries().size();
        return new Answers(matcher.name(), answers, build, meanMillis);
    }

    /** A matcher's answers to the queries, and how long it took. */
    record Answers(String matcher, Map<String, List<Matcher.Answer>> byQuery, double buildSeconds,
                   double meanQueryMillis) {

        /** Scores on the queries of {@code data} (all of them, or a part such as those without namesakes). */
        Scores scores(Dataset data) {
            var asked = new LinkedHashMap<String, List<Matcher.Answer>>();
            for (PersonRecord query : data.queries()) {
                asked.put(query.id(), byQuery.get(query.id()));
            }
            return Scores.of(matcher, asked, data.truth(), buildSeconds, meanQueryMillis);
        }
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

    /** The generator for {@code seed}, with the names spread as {@code names=wide} (the default) or {@code names=narrow} says. */
    static Generator generator(Map<String, String> options, long seed) {
        String names = options.getOrDefault("names", "wide");
        return switch (names) {
            case "wide" -> new Generator(seed, NameSpread.WIDE);
            case "narrow" -> new Generator(seed, NameSpread.NARROW);
            default -> throw new IllegalArgumentException("names=" + names + ": say names=wide or names=narrow");
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
