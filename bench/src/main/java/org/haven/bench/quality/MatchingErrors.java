package org.haven.bench.quality;

import org.haven.bench.synth.Dataset;
import org.haven.linkage.Candidate;
import org.haven.linkage.PersonIndex;
import org.haven.linkage.PersonRecord;
import org.haven.linkage.Thresholds;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Where Haven's matching goes wrong on generated data, for the engineer improving it: every query
 * is sorted into what happened (right match; right record shown first but not called a match; shown
 * lower; not among the five because it scored too low, or because blocking never compared it; a
 * match on the wrong record, or on someone not in the records), counted apart for queries whose
 * child has a namesake in the records, and a sample of each kind is printed with the reasons.
 * Usage (bench/README.md): {@code MatchingErrors [records=100000] [queries=10000] [seed=2026] [names=wide|narrow] [show=5] [ids=Q1,Q2: these queries whatever happened] [kinds=FILE: each query's kind]}
 */
public final class MatchingErrors {

    private MatchingErrors() {
    }

    public static void main(String[] args) {
        Map<String, String> options = QualityBenchmark.options(args);
        int records = Integer.parseInt(options.getOrDefault("records", "100000"));
        int queries = Integer.parseInt(options.getOrDefault("queries", "10000"));
        long seed = Long.parseLong(options.getOrDefault("seed", "2026"));
        int show = Integer.parseInt(options.getOrDefault("show", "5"));
        var asked = new java.util.HashSet<>(List.of(options.getOrDefault("ids", "").split(",")));
        Dataset data = QualityBenchmark.generator(options, seed).generate(records, queries, 0.2);
        var index = new PersonIndex();
        var recordOf = new HashMap<String, PersonRecord>();
        for (PersonRecord record : data.records()) {
            index.put(record);
            recordOf.put(record.id(), record);
        }
        var kinds = new TreeMap<String, List<String>>();
        var samples = new TreeMap<String, List<String>>();
        for (PersonRecord query : data.queries()) {
            String truth = data.truth().get(query.id());
            List<Candidate> shown = index.candidates(query, 5);
            String kind = kindOf(index, query, truth, shown);
            String group = data.withNamesake().contains(query.id()) ? " (namesake in the records)" : "";
            kinds.computeIfAbsent(kind + group, k -> new ArrayList<>()).add(query.id());
            samples.computeIfAbsent(kind + group, k -> new ArrayList<>())
                    .add(describe(index, query, truth, shown, recordOf));
            if (asked.contains(query.id())) {
                System.out.println(kind + group + "\n" + describe(index, query, truth, shown, recordOf));
            }
        }
        if (options.containsKey("kinds")) {
            writeKinds(kinds, java.nio.file.Path.of(options.get("kinds")));
        }
        System.out.printf("%d records, %d queries, seed %d, names %s%n%n", records, queries, seed,
                options.getOrDefault("names", "wide"));
        kinds.forEach((kind, ids) -> System.out.printf("%6d  %s%n", ids.size(), kind));
        var random = new Random(seed);
        samples.forEach((kind, texts) -> {
            if (kind.startsWith("right match") || kind.startsWith("not in the records")) {
                return;
            }
            System.out.printf("%n## %s%n", kind);
            Collections.shuffle(texts, random);
            texts.stream().limit(show).forEach(System.out::println);
        });
    }

    /** One line per query, "id kind", sorted by id: two runs compared with diff show what a change moved. */
    private static void writeKinds(Map<String, List<String>> kinds, java.nio.file.Path file) {
        var lines = new ArrayList<String>();
        kinds.forEach((kind, ids) -> ids.forEach(id -> lines.add(id + " " + kind)));
        Collections.sort(lines);
        try {
            java.nio.file.Files.write(file, lines);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String kindOf(PersonIndex index, PersonRecord query, String truth, List<Candidate> shown) {
        boolean matched = !shown.isEmpty() && shown.get(0).decision() == Candidate.Decision.MATCH;
        if (truth == null) {
            return matched ? "a match, but the child is not in the records" : "not in the records, and no match";
        }
        if (matched) {
            return shown.get(0).recordId().equals(truth) ? "right match" : "a match on the wrong record";
        }
        for (int i = 0; i < shown.size(); i++) {
            if (shown.get(i).recordId().equals(truth)) {
                return i == 0 ? "right record first, but not called a match" : "right record shown, not first";
            }
        }
        double score = index.explain(query, truth).map(Candidate::score).orElse(0.0);
        double fifth = shown.size() < 5 ? Thresholds.STANDARD.possible() : shown.get(4).score();
        return score < Thresholds.STANDARD.possible() ? "right record scored below a possible match"
                : score > fifth ? "right record never compared (blocking)" : "right record outranked, not among five";
    }

    private static String describe(PersonIndex index, PersonRecord query, String truth, List<Candidate> shown,
                                   Map<String, PersonRecord> recordOf) {
        var text = new StringBuilder("query ").append(show(query)).append('\n');
        for (Candidate c : shown.subList(0, Math.min(2, shown.size()))) {
            text.append(String.format("  %s %.3f %s%s%n", c.decision(), c.score(), c.recordId().equals(truth) ? "(right) " : "",
                    show(recordOf.get(c.recordId()))));
            c.reasons().forEach(r -> text.append("      ").append(r).append('\n'));
        }
        if (truth != null && shown.stream().limit(2).noneMatch(c -> c.recordId().equals(truth))) {
            index.explain(query, truth).ifPresent(c -> {
                text.append(String.format("  right record %.3f %s%n", c.score(), show(recordOf.get(truth))));
                c.reasons().forEach(r -> text.append("      ").append(r).append('\n'));
            });
        }
        return text.toString();
    }

    private static String show(PersonRecord r) {
        return String.join(" | ", r.id(), orEmpty(r.givenNames()), orEmpty(r.familyName()), r.sex().name(),
                r.birthDate().toString(), orEmpty(r.birthPlace()), orEmpty(r.nationality()),
                "mother " + orEmpty(r.motherName()), "father " + orEmpty(r.fatherName()));
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
