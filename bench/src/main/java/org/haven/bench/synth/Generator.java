package org.haven.bench.synth;

import org.haven.linkage.PersonRecord;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Random;

/**
 * Generates people in families (siblings share a family name, parents and birthplace; some are
 * twins), writes each person into the records once, and writes queries about some of them (and about
 * people who are not in the records) as another agency would, with the errors of the error model
 * ({@link Errors}, documented in bench/README.md). Same seed, same data.
 */
public final class Generator {

    private final NameBank bank = NameBank.load();
    private final FamilyNames familyNames = FamilyNames.of(bank);
    private final NameSpread spread;
    private final Random random;
    private final int[] populationWeights;

    /** Names spread as in {@link NameSpread#WIDE}. */
    public Generator(long seed) {
        this(seed, NameSpread.WIDE);
    }

    public Generator(long seed, NameSpread spread) {
        this.random = new Random(seed);
        this.spread = spread;
        this.populationWeights = java.util.Arrays.stream(Population.values()).mapToInt(p -> p.weight).toArray();
    }

    /** {@code records} records and {@code queries} queries, {@code outsideShare} of them about people not in the records. */
    public Dataset generate(int records, int queries, double outsideShare) {
        int outside = (int) Math.round(queries * outsideShare);
        var inside = new ArrayList<Person>(records);
        var others = new ArrayList<Person>(outside);
        int number = 0;
        double outsideChance = (double) outside / (records + outside);
        while (inside.size() < records || others.size() < outside) {
            for (Person person : family(number)) {
                number++;
                boolean goesOutside = others.size() < outside
                        && (inside.size() >= records || random.nextDouble() < outsideChance);
                (goesOutside ? others : inside).add(person);
            }
        }
        var errorsInRecords = new Errors(random, 0.5);
        var errorsInQueries = new Errors(random, 1.0);
        var recordList = new ArrayList<PersonRecord>(records);
        var recordIdOf = new HashMap<Integer, String>();
        for (Person person : inside.subList(0, records)) {
            String id = "R" + person.number();
            recordIdOf.put(person.number(), id);
            recordList.add(errorsInRecords.write(id, person));
        }
        var queryList = new ArrayList<PersonRecord>(queries);
        var truth = new HashMap<String, String>();
        List<Person> asked = new ArrayList<>(inside.subList(0, records));
        java.util.Collections.shuffle(asked, random);
        int fromInside = queries - outside;
        for (int i = 0; i < queries; i++) {
            Person person = i < fromInside ? asked.get(i % asked.size()) : others.get(i - fromInside);
            String id = "Q" + i;
            queryList.add(errorsInQueries.write(id, person));
            if (i < fromInside) {
                truth.put(id, recordIdOf.get(person.number()));
            }
        }
        java.util.Collections.shuffle(queryList, random);
        return new Dataset(recordList, queryList, truth, withNamesake(inside.subList(0, records), asked, others,
                fromInside, queries));
    }

    /** The ids of the queries whose person shares names, sex and year of birth with another person in the records. */
    private static java.util.Set<String> withNamesake(List<Person> records, List<Person> asked, List<Person> others,
                                                       int fromInside, int queries) {
        var people = new HashMap<String, Integer>();
        for (Person person : records) {
            people.merge(namesakeKey(person), 1, Integer::sum);
        }
        var ids = new java.util.HashSet<String>();
        for (int i = 0; i < queries; i++) {
            boolean inRecords = i < fromInside;
            Person person = inRecords ? asked.get(i % asked.size()) : others.get(i - fromInside);
            if (people.getOrDefault(namesakeKey(person), 0) > (inRecords ? 1 : 0)) {
                ids.add("Q" + i);
            }
        }
        return ids;
    }

    private static String namesakeKey(Person p) {
        var family = p.population().order == Population.Order.PATRONYMIC ? p.father() : p.family();
        return p.population() + "|" + p.sex() + "|" + p.given().nativeForm() + "|"
                + (family == null ? "" : family.nativeForm()) + "|" + p.birthDate().getYear();
    }

    private List<Person> family(int firstNumber) {
        Population population = pick(Population.values(), populationWeights);
        int children = weighted(new double[] {0.55, 0.25, 0.15, 0.05}) + 1;
        FamilyNames.FamilyName familyName = familyName(population);
        NameBank.Name girlsFamilyName = familyName == null ? null
                : familyName.female().get(random.nextInt(familyName.female().size()));
        NameBank.Name father = zipf(bank.of(population.key, "male"));
        NameBank.Name grandfather = zipf(bank.of(population.key, "male"));
        NameBank.Name mother = zipf(bank.of(population.key, "female"));
        NameBank.Name place = population.places.get(random.nextInt(population.places.size()));
        String nationality = population.nationalities.get(random.nextInt(population.nationalities.size()));
        LocalDate firstBorn = LocalDate.of(2004, 1, 1).plusDays(random.nextInt(365 * 12));
        var people = new ArrayList<Person>();
        LocalDate born = firstBorn;
        for (int c = 0; c < children; c++) {
            boolean twin = c > 0 && random.nextDouble() < 0.05;
            if (c > 0 && !twin) {
                born = born.plusDays(300 + random.nextInt(1200));
            }
            var sex = random.nextBoolean() ? PersonRecord.Sex.MALE : PersonRecord.Sex.FEMALE;
            String kind = sex == PersonRecord.Sex.MALE ? "male" : "female";
            NameBank.Name family = familyName == null ? null
                    : sex == PersonRecord.Sex.MALE ? familyName.male() : girlsFamilyName;
            NameBank.Name given = givenNameNotYetInTheFamily(population, kind, people);
            NameBank.Name second = population.order == Population.Order.GIVEN_FAMILY && random.nextDouble() < 0.12
                    ? zipf(bank.of(population.key, kind)) : null;
            NameBank.Name middle = population.order == Population.Order.VIETNAMESE
                    ? zipf(bank.of(population.key, "middle")) : null;
            people.add(new Person(firstNumber + c, population, sex, given, second, family, middle, father,
                    grandfather, mother, born, place, nationality));
        }
        return people;
    }

    /** Parents do not give two of their children the same first name. */
    private NameBank.Name givenNameNotYetInTheFamily(Population population, String kind, List<Person> siblings) {
        NameBank.Name given = zipf(bank.of(population.key, kind));
        for (int tries = 0; tries < 20 && takenBySibling(given, siblings); tries++) {
            given = zipf(bank.of(population.key, kind));
        }
        return given;
    }

    private static boolean takenBySibling(NameBank.Name given, List<Person> siblings) {
        for (Person sibling : siblings) {
            if (sibling.given().nativeForm().equals(given.nativeForm())) {
                return true;
            }
        }
        return false;
    }

    /** A common family name of the list, or for some populations a rarer one made from a given name; null for Eritrean children. */
    private FamilyNames.FamilyName familyName(Population population) {
        List<FamilyNames.FamilyName> common = familyNames.common(population);
        List<FamilyNames.FamilyName> made = familyNames.made(population);
        if (common.isEmpty()) {
            return null;
        }
        boolean rare = spread.madeFamilyNames && !made.isEmpty() && random.nextDouble() >= population.commonFamilyNames;
        return zipf(rare ? made : common, spread == NameSpread.WIDE ? population.familyNameSkew : spread.skew);
    }

    /** Common names are common: the i-th name of a list is drawn with weight 1/(i+1)^skew ({@link NameSpread}, {@link Population}). */
    private <T> T zipf(List<T> names) {
        return zipf(names, spread.skew);
    }

    private <T> T zipf(List<T> names, double skew) {
        double total = 0;
        for (int i = 0; i < names.size(); i++) {
            total += Math.pow(i + 1, -skew);
        }
        double r = random.nextDouble() * total;
        for (int i = 0; i < names.size(); i++) {
            r -= Math.pow(i + 1, -skew);
            if (r <= 0) {
                return names.get(i);
            }
        }
        return names.get(names.size() - 1);
    }

    private <T> T pick(T[] values, int[] weights) {
        int total = java.util.Arrays.stream(weights).sum();
        int r = random.nextInt(total);
        for (int i = 0; i < values.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return values[i];
            }
        }
        return values[values.length - 1];
    }

    private int weighted(double[] chances) {
        double r = random.nextDouble();
        for (int i = 0; i < chances.length; i++) {
            r -= chances[i];
            if (r < 0) {
                return i;
            }
        }
        return chances.length - 1;
    }
}
