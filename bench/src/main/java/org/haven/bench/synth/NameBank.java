package org.haven.bench.synth;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Names of the populations the generator draws from, read from {@code names-*.csv}: population,
 * kind (male, female, family, family_m, family_f, middle; a family_f row is a girl's form of the
 * family_m before it), the spellings of one name separated by
 * "|" (native script first) and its diminutives.
 */
final class NameBank {

    /** One name: its spellings (the first as written in its own script) and diminutives. */
    record Name(List<String> forms, List<String> diminutives) {

        String nativeForm() {
            return forms.get(0);
        }
    }

    private final Map<String, List<Name>> names = new HashMap<>();
    private final Map<String, List<FamilyNames.FamilyName>> familyNames = new HashMap<>();

    static NameBank load() {
        var bank = new NameBank();
        for (String file : List.of("names-europe.csv", "names-others.csv")) {
            var in = Objects.requireNonNull(NameBank.class.getResourceAsStream(file), file);
            try (var reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                for (CSVRecord row : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                        .parse(reader)) {
                    var forms = split(row.get("forms"));
                    if (forms.isEmpty()) {
                        continue;
                    }
                    var name = new Name(forms, split(row.get("nicknames")));
                    String kind = row.get("kind").strip();
                    String population = row.get("population").strip();
                    switch (kind) {
                        case "family" -> bank.familyNames(population).add(new FamilyNames.FamilyName(name, List.of(name)));
                        case "family_m" -> bank.familyNames(population).add(new FamilyNames.FamilyName(name,
                                new ArrayList<>()));
                        // the girl's forms of a family name follow the boy's (Kazlauskaitė, Kazlauskienė)
                        case "family_f" -> bank.familyNames(population).get(bank.familyNames(population).size() - 1)
                                .female().add(name);
                        default -> bank.add(population, kind, name);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return bank;
    }

    private void add(String population, String kind, Name name) {
        names.computeIfAbsent(population + "/" + kind, k -> new ArrayList<>()).add(name);
    }

    /** The family names of the list, common first, each with its forms for a boy and a girl. */
    List<FamilyNames.FamilyName> familyNames(String population) {
        return familyNames.computeIfAbsent(population, k -> new ArrayList<>());
    }

    List<Name> of(String population, String kind) {
        return names.getOrDefault(population + "/" + kind, List.of());
    }

    private static List<String> split(String text) {
        var parts = new ArrayList<String>();
        for (String part : text.split("\\|")) {
            if (!part.isBlank()) {
                parts.add(part.strip());
            }
        }
        return parts;
    }
}
