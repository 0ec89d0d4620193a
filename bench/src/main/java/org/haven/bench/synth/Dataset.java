package org.haven.bench.synth;

import org.haven.linkage.PersonRecord;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Records, queries and the truth: for each query that has one, the id of the record of the same
 * person. Queries without an entry are people who are not in the records. {@code withNamesake}: the
 * queries whose person has a namesake in the records (another child of the same population with the
 * same first given name, family name, sex and year of birth), whom no matcher can tell apart when a
 * record has only the year of birth or none.
 */
public record Dataset(List<PersonRecord> records, List<PersonRecord> queries, Map<String, String> truth,
                      Set<String> withNamesake) {

    /** The same data without the queries whose person has a namesake in the records. */
    public Dataset withoutNamesakes() {
        var truthLeft = new java.util.HashMap<>(truth);
        truthLeft.keySet().removeAll(withNamesake);
        return new Dataset(records, queries.stream().filter(q -> !withNamesake.contains(q.id())).toList(), truthLeft,
                Set.of());
    }

    /** Writes records.csv, queries.csv (the linkage CLI's input) and truth.csv into {@code folder}. */
    public void write(Path folder) throws IOException {
        Files.createDirectories(folder);
        writePeople(folder.resolve("records.csv"), records);
        writePeople(folder.resolve("queries.csv"), queries);
        try (Writer w = Files.newBufferedWriter(folder.resolve("truth.csv"), StandardCharsets.UTF_8)) {
            w.write("query_id,record_id,namesake_in_records\n");
            for (var query : queries) {
                w.write(query.id() + "," + truth.getOrDefault(query.id(), "") + ","
                        + (withNamesake.contains(query.id()) ? "yes" : "") + "\n");
            }
        }
    }

    private static void writePeople(Path file, List<PersonRecord> people) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("id,given_names,family_name,other_names,sex,birth_date,birth_place,nationality,mother_name,father_name\n");
            for (var p : people) {
                w.write(String.join(",", csv(p.id()), csv(p.givenNames()), csv(p.familyName()), csv(p.otherNames()),
                        p.sex() == PersonRecord.Sex.UNKNOWN ? "" : p.sex().name().substring(0, 1),
                        p.birthDate().toString(), csv(p.birthPlace()), csv(p.nationality()), csv(p.motherName()),
                        csv(p.fatherName())) + "\n");
            }
        }
    }

    private static String csv(String value) {
        if (value == null) {
            return "";
        }
        return value.matches("[^,\"\r\n]*") ? value : "\"" + value.replace("\"", "\"\"") + "\"";
    }
}
