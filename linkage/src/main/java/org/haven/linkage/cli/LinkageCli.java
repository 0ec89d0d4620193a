package org.haven.linkage.cli;

import org.haven.linkage.Candidate;
import org.haven.linkage.PersonIndex;
import org.haven.linkage.PersonRecord;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code java -jar haven-linkage.jar match --records R.csv --queries Q.csv --out OUT.csv}: for every
 * query, up to five records that are or may be the same person, best first. This contract is used
 * by outside evaluations; keep it stable. Exit status: 0 done (rows that could not be used are
 * reported on standard error), 2 unusable input or arguments.
 */
public final class LinkageCli {

    static final int MAX_CANDIDATES = 5;
    private static final String USAGE = """
            usage: java -jar haven-linkage.jar match --records R.csv --queries Q.csv --out OUT.csv
              R.csv, Q.csv: UTF-8 CSV with the header
                id,given_names,family_name,other_names,sex,birth_date,birth_place,nationality,mother_name,father_name
              OUT.csv: query_id,record_id,score,decision (MATCH or POSSIBLE), at most 5 rows a query, best first""";

    private LinkageCli() {
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintStream(System.err, true, StandardCharsets.UTF_8)));
    }

    /** Runs a command; returns the exit status. */
    public static int run(String[] args, PrintStream messages) {
        if (args.length == 0 || !"match".equals(args[0])) {
            messages.println(args.length == 0 ? USAGE : "unknown command '" + args[0] + "'\n" + USAGE);
            return 2;
        }
        Map<String, String> options = new HashMap<>();
        for (int i = 1; i < args.length; i++) {
            if (!List.of("--records", "--queries", "--out").contains(args[i]) || i + 1 >= args.length) {
                messages.println("unexpected argument '" + args[i] + "'\n" + USAGE);
                return 2;
            }
            options.put(args[i], args[++i]);
        }
        for (String required : List.of("--records", "--queries", "--out")) {
            if (!options.containsKey(required)) {
                messages.println("missing " + required + "\n" + USAGE);
                return 2;
            }
        }
        try {
            var counts = match(Path.of(options.get("--records")), Path.of(options.get("--queries")),
                    Path.of(options.get("--out")), messages);
            messages.printf(Locale.ROOT, "%d records, %d queries, %d rows written to %s%n",
                    counts[0], counts[1], counts[2], options.get("--out"));
            return 0;
        } catch (PersonCsv.Unusable unusable) {
            messages.println(unusable.getMessage());
            return 2;
        }
    }

    private static int[] match(Path recordsFile, Path queriesFile, Path out, PrintStream messages)
            throws PersonCsv.Unusable {
        List<PersonRecord> records = PersonCsv.read(recordsFile, messages::println);
        List<PersonRecord> queries = PersonCsv.read(queriesFile, messages::println);
        if (records.isEmpty()) {
            throw new PersonCsv.Unusable(recordsFile + ": no usable records");
        }
        var index = new PersonIndex();
        records.forEach(index::put);
        List<List<Candidate>> answers = queries.parallelStream()
                .map(query -> index.candidates(query, MAX_CANDIDATES))
                .toList();
        int rows = 0;
        try (Writer writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            writer.write("query_id,record_id,score,decision\n");
            for (int i = 0; i < queries.size(); i++) {
                for (Candidate candidate : answers.get(i)) {
                    writer.write(csv(queries.get(i).id()) + "," + csv(candidate.recordId()) + ","
                            + String.format(Locale.ROOT, "%.4f", candidate.score()) + ","
                            + candidate.decision() + "\n");
                    rows++;
                }
            }
        } catch (IOException unwritable) {
            throw new PersonCsv.Unusable(out + ": cannot be written (" + unwritable.getMessage() + ")");
        }
        return new int[] {records.size(), queries.size(), rows};
    }

    private static String csv(String value) {
        return value.matches("[^,\"\r\n]*") ? value : "\"" + value.replace("\"", "\"\"") + "\"";
    }
}
