package org.haven.bench.synth;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The family names of each population: the common ones of the name list and, for the populations
 * whose family names are spread wide, rarer ones made the way that population makes family names
 * from given names ({@code family-name-patterns.csv}: Ivan → Ivanov, Petro → Petrenko, Jakub →
 * Jakubowski, Petras → Petrauskas, Ion → Ionescu, Youssef → Ben Youssef, Ahmad → Ahmadi, Hassan → Al
 * Hassan, Gjon → Gjonaj): the given name's own-script form with the ending's, and each of its
 * romanisations with each romanised ending.
 * {@link Population#commonFamilyNames} says how many people carry a common one.
 */
final class FamilyNames {

    /** One family name as a boy and as a girl of the family carry it (Ivanov, Ivanova; Jonaitis, Jonaitė). */
    record FamilyName(NameBank.Name male, List<NameBank.Name> female) {
    }

    private static final int MOST_SPELLINGS = 6;
    private static final Pattern VOWELS_AT_END = Pattern.compile("[aeiouyjïëąęėįųūīāēōаеёиоуыэюяйіїєь]+$");
    private static final Pattern BALTIC_ENDING = Pattern.compile("(as|is|ys|us|s|š|ė|a|e)$");

    private final NameBank bank;
    private final Map<Population, List<FamilyName>> made = new EnumMap<>(Population.class);

    private FamilyNames(NameBank bank) {
        this.bank = bank;
    }

    static FamilyNames of(NameBank bank) {
        var names = new FamilyNames(bank);
        for (Population population : Population.values()) {
            names.made.put(population, new ArrayList<>());
        }
        var patterns = new EnumMap<Population, List<String[]>>(Population.class);
        var in = Objects.requireNonNull(FamilyNames.class.getResourceAsStream("family-name-patterns.csv"));
        try (var reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            for (CSVRecord row : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                patterns.computeIfAbsent(Population.valueOf(row.get("population").toUpperCase(Locale.ROOT)),
                        k -> new ArrayList<>()).add(new String[] {row.get("position"), row.get("male"), row.get("female")});
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // given name by given name, each with every pattern: drawn with the skew of the given names
        patterns.forEach((population, rows) -> {
            for (NameBank.Name given : bank.of(population.key, "male")) {
                for (String[] row : rows) {
                    boolean prefix = row[0].equals("prefix");
                    names.made.get(population).add(new FamilyName(
                            join(given, List.of(row[1].split("\\|")), prefix, population),
                            List.of(join(given, List.of(row[2].split("\\|")), prefix, population))));
                }
            }
        });
        return names;
    }

    /** The common family names of the list, common first. */
    List<FamilyName> common(Population population) {
        return bank.familyNames(population.key);
    }

    /** Family names made from given names, in the order of the given names (common first); empty for some populations. */
    List<FamilyName> made(Population population) {
        return made.get(population);
    }

    /** The own-script forms together first, then each romanisation of the given name with each romanised ending. */
    private static NameBank.Name join(NameBank.Name given, List<String> affix, boolean prefix, Population population) {
        var forms = new LinkedHashSet<String>();
        forms.add(joinOne(given.nativeForm(), affix.get(0), prefix, population));
        List<String> latin = given.forms().size() > 1 ? given.forms().subList(1, given.forms().size()) : given.forms();
        for (String spelling : latin) {
            for (String a : affix.subList(1, affix.size())) {
                forms.add(joinOne(spelling, a, prefix, population));
            }
        }
        return new NameBank.Name(List.copyOf(forms).subList(0, Math.min(MOST_SPELLINGS, forms.size())), List.of());
    }

    private static String joinOne(String given, String affix, boolean prefix, Population population) {
        if (prefix) {
            boolean keepsCapital = affix.endsWith(" ") || affix.endsWith("-") || !isLatin(given);
            return affix + (keepsCapital ? given : given.substring(0, 1).toLowerCase(Locale.ROOT) + given.substring(1));
        }
        String stem = (population == Population.LITHUANIAN || population == Population.LATVIAN
                ? BALTIC_ENDING : VOWELS_AT_END).matcher(given).replaceFirst("");
        return (stem.length() < 2 ? given : stem) + affix;
    }

    private static boolean isLatin(String text) {
        return text.chars().allMatch(c -> c < 0x250);
    }
}
