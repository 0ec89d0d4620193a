package org.haven.bench.quality;

import org.haven.bench.synth.Dataset;
import org.haven.linkage.Candidate;
import org.haven.linkage.PersonIndex;
import org.haven.linkage.PersonRecord;
import org.haven.linkage.Reason;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The evidence behind Haven's answers on generated data, for checking the engine's weights against
 * it (bench/README.md, "Checking the weights"): one CSV row per reason of each of a query's
 * candidates (up to 20), with whether the candidate is the right record, and one row without a
 * candidate for a query that has none. A name's detail keeps only the part compared ("given names"),
 * not the spellings; a date is told by its weight, as each date rule has its own. Only candidates the
 * engine shows (a possible match or better) are written, so the fit sees the pairs it must tell apart,
 * not a random sample of pairs.
 * Usage: {@code EvidenceDump out=FILE [records=100000] [queries=10000] [seed=2026] [names=wide|narrow]}
 */
public final class EvidenceDump {

    /** The spellings or dates at the end of a detail: "given names ali / aly" keeps "given names". */
    private static final Pattern COMPARED_VALUES = Pattern.compile("[ ]*[a-z0-9-]+( / [a-z0-9-]+)?$");

    private EvidenceDump() {
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> options = QualityBenchmark.options(args);
        if (!options.containsKey("out")) {
            System.err.println("usage: EvidenceDump out=FILE [records=100000] [queries=10000] [seed=2026] [names=wide|narrow]");
            System.exit(2);
        }
        int records = Integer.parseInt(options.getOrDefault("records", "100000"));
        int queries = Integer.parseInt(options.getOrDefault("queries", "10000"));
        long seed = Long.parseLong(options.getOrDefault("seed", "2026"));
        Dataset data = QualityBenchmark.generator(options, seed).generate(records, queries, 0.2);
        var index = new PersonIndex();
        data.records().forEach(index::put);
        try (var out = new PrintWriter(Files.newBufferedWriter(Path.of(options.get("out")), StandardCharsets.UTF_8))) {
            out.println("query,child_in_records,rank,label,field,finding,detail,bits");
            for (PersonRecord query : data.queries()) {
                String truth = data.truth().get(query.id());
                int inRecords = truth == null ? 0 : 1;
                List<Candidate> shown = index.candidates(query, 20);
                if (shown.isEmpty()) {
                    out.printf(Locale.ROOT, "%s,%d,-1,0,,,,0%n", query.id(), inRecords);
                }
                for (int rank = 0; rank < shown.size(); rank++) {
                    Candidate c = shown.get(rank);
                    int right = c.recordId().equals(truth) ? 1 : 0;
                    for (Reason r : c.reasons()) {
                        out.printf(Locale.ROOT, "%s,%d,%d,%d,%s,%s,%s,%.3f%n", query.id(), inRecords, rank, right,
                                r.field(), r.finding(), kindOf(r), r.bits());
                    }
                }
            }
        }
    }

    /** Which rule gave the reason: for a name the part compared, for a date its weight (each rule has its own). */
    private static String kindOf(Reason reason) {
        return switch (reason.field()) {
            case NAME -> COMPARED_VALUES.matcher(reason.detail()).replaceAll("").replace(",", ";");
            case BIRTH_DATE -> String.format(Locale.ROOT, "%+.1f bits", reason.bits());
            default -> "";
        };
    }
}
