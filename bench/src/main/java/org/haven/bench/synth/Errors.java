package org.haven.bench.synth;

import org.haven.linkage.BirthDate;
import org.haven.linkage.PersonRecord;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * The error model: how an agency writes down a child. Every name is spelt the way that agency
 * spells it (own script or one of the usual romanisations, common ones more often); then, each with
 * its chance (times {@code rate}): typos, a diminutive, given and family names swapped, names left
 * out, date errors (day and month swapped, only the year, a year off, a typo in the day, missing),
 * sex left out or wrong, place, nationality and parents left out. The chances are listed in
 * bench/README.md.
 */
final class Errors {

    static final double TYPO = 0.12;
    static final double DIMINUTIVE = 0.08;
    static final double SWAPPED_NAMES = 0.07;
    static final double NO_GIVEN = 0.02;
    static final double NO_FAMILY = 0.05;
    static final double DROP_SECOND_GIVEN = 0.5;
    static final double DATE_SWAPPED = 0.08;
    static final double DATE_YEAR_ONLY = 0.12;
    static final double DATE_YEAR_OFF = 0.06;
    static final double DATE_DAY_TYPO = 0.05;
    static final double DATE_MONTH_ONLY = 0.04;
    static final double DATE_MISSING = 0.06;
    static final double SEX_MISSING = 0.15;
    static final double SEX_WRONG = 0.005;
    static final double PLACE_MISSING = 0.5;
    static final double NATIONALITY_MISSING = 0.3;
    static final double PARENT_MISSING = 0.6;

    private static final String KEYBOARD = "qwertyuiopasdfghjklzxcvbnm";

    private final Random random;
    private final double rate;

    Errors(Random random, double rate) {
        this.random = random;
        this.rate = rate;
    }

    PersonRecord write(String id, Person person) {
        boolean nativeScript = random.nextDouble() < person.population().nativeScript;
        String given = spell(person.given(), nativeScript, true);
        if (person.secondGiven() != null && !chance(DROP_SECOND_GIVEN)) {
            given = given + " " + spell(person.secondGiven(), nativeScript, false);
        }
        String family = switch (person.population().order) {
            case GIVEN_FAMILY, VIETNAMESE -> spell(person.family(), nativeScript, false);
            case PATRONYMIC -> spell(person.father(), nativeScript, false)
                    + (chance(0.5) ? " " + spell(person.grandfather(), nativeScript, false) : "");
        };
        if (person.middle() != null) {
            given = spell(person.middle(), nativeScript, false) + " " + given;
        }
        if (chance(SWAPPED_NAMES)) {
            String swap = given;
            given = family;
            family = swap;
        }
        if (chance(NO_GIVEN)) {
            given = null;
        } else if (chance(NO_FAMILY)) {
            family = null;
        }
        var sex = chance(SEX_MISSING) ? PersonRecord.Sex.UNKNOWN : person.sex();
        if (sex != PersonRecord.Sex.UNKNOWN && chance(SEX_WRONG)) {
            sex = sex == PersonRecord.Sex.MALE ? PersonRecord.Sex.FEMALE : PersonRecord.Sex.MALE;
        }
        String place = chance(PLACE_MISSING) ? null : spell(person.birthPlace(), nativeScript, false);
        String nationality = chance(NATIONALITY_MISSING) ? null : person.nationality();
        String mother = chance(PARENT_MISSING) ? null : spell(person.mother(), nativeScript, false);
        String father = chance(PARENT_MISSING) || person.population().order == Population.Order.PATRONYMIC
                ? null : spell(person.father(), nativeScript, false);
        return new PersonRecord(id, given, family, null, sex, date(person.birthDate()), place, nationality, mother,
                father);
    }

    /** One spelling of a name: own script, or a romanisation (the usual ones more often), maybe a diminutive or a typo. */
    private String spell(NameBank.Name name, boolean nativeScript, boolean mayBeDiminutive) {
        List<String> forms = name.forms();
        if (mayBeDiminutive && !name.diminutives().isEmpty() && chance(DIMINUTIVE)) {
            forms = name.diminutives();
        }
        String spelt;
        if (forms.size() == 1 || nativeScript) {
            spelt = forms.get(0);
        } else {
            int i = 1;
            while (i < forms.size() - 1 && random.nextDouble() < 0.4) {
                i++;
            }
            spelt = forms.get(i);
        }
        return isLatin(spelt) && chance(TYPO) ? typo(spelt) : spelt;
    }

    private String typo(String word) {
        if (word.length() < 3) {
            return word;
        }
        int at = 1 + random.nextInt(word.length() - 1);
        char letter = KEYBOARD.charAt(random.nextInt(KEYBOARD.length()));
        return switch (random.nextInt(4)) {
            case 0 -> word.substring(0, at) + letter + word.substring(at);
            case 1 -> word.substring(0, at) + word.substring(at + 1);
            case 2 -> word.substring(0, at) + letter + word.substring(at + 1);
            default -> at < word.length() - 1
                    ? word.substring(0, at) + word.charAt(at + 1) + word.charAt(at) + word.substring(at + 2) : word;
        };
    }

    private BirthDate date(LocalDate born) {
        double r = random.nextDouble() / rate;
        if ((r -= DATE_MISSING) < 0) {
            return BirthDate.UNKNOWN;
        }
        if ((r -= DATE_YEAR_ONLY) < 0) {
            return new BirthDate(born.getYear(), 0, 0);
        }
        if ((r -= DATE_MONTH_ONLY) < 0) {
            return new BirthDate(born.getYear(), born.getMonthValue(), 0);
        }
        if ((r -= DATE_YEAR_OFF) < 0) {
            return new BirthDate(born.getYear() + (random.nextBoolean() ? 1 : -1), 0, 0);
        }
        if ((r -= DATE_SWAPPED) < 0 && born.getDayOfMonth() <= 12) {
            return new BirthDate(born.getYear(), born.getDayOfMonth(), born.getMonthValue());
        }
        if ((r -= DATE_DAY_TYPO) < 0) {
            LocalDate typo = born.withDayOfMonth(1 + random.nextInt(born.lengthOfMonth()));
            return BirthDate.of(typo);
        }
        return BirthDate.of(born);
    }

    private boolean chance(double p) {
        return random.nextDouble() < p * rate;
    }

    private static boolean isLatin(String text) {
        return text.chars().allMatch(c -> c < 0x250);
    }
}
