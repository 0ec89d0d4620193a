package org.haven.linkage;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A record brought to the forms the matcher compares, computed once when it is indexed or queried. */
final class Profile {

    /**
     * Words that join names ("al", "ben", "van") and say nothing alone about who someone is; "uld"
     * is "ould" as French spellings' "ou" is read ({@link NameForms#latin}), "bn" is بن in Latin letters.
     */
    private static final Set<String> PARTICLES = Set.of("al", "el", "ul", "ad", "ed", "as", "ash", "bin", "ben",
            "bn", "ibn", "bint", "abu", "uld", "abd", "abdul", "abdel", "abdal", "abdol", "abdu", "van", "von", "der", "den", "de",
            "da", "di", "du", "le", "la");
    /**
     * The joining words left out of a child's given names: not "van", which there is the Vietnamese
     * middle name Văn (Văn An and Vna An, a slip, compare both their words), not the Dutch van of a
     * family name. (A parent's name is written as the child's record gives it, often without it:
     * there it is still left out, so that Hùng meets Văn Hùng.)
     */
    private static final Set<String> GIVEN_NAME_PARTICLES = PARTICLES.stream().filter(p -> !p.equals("van"))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    final PersonRecord record;
    final Word[] given;
    final Word[] family;
    final Word[] other;
    final Word[] mother;
    final Word[] father;
    final Word[] birthPlace;
    /** The listed place the place of birth names ({@link Places}), or null. */
    final String place;
    final Set<String> nationalities;

    private Profile(PersonRecord record, Nicknames nicknames) {
        this.record = record;
        this.given = words(record.givenNames(), nicknames, GIVEN_NAME_PARTICLES);
        this.family = words(record.familyName(), nicknames, PARTICLES);
        this.other = words(record.otherNames(), nicknames, PARTICLES);
        this.mother = words(record.motherName(), nicknames, PARTICLES);
        this.father = words(record.fatherName(), nicknames, PARTICLES);
        this.birthPlace = words(record.birthPlace(), Nicknames.none(), PARTICLES);
        this.place = record.birthPlace() == null ? null : Places.standard().placeOf(record.birthPlace());
        this.nationalities = nationalities(record.nationality());
    }

    static Profile of(PersonRecord record, Nicknames nicknames) {
        return new Profile(record, nicknames);
    }

    BirthDate birthDate() {
        return record.birthDate();
    }

    PersonRecord.Sex sex() {
        return record.sex();
    }

    boolean hasName() {
        return given.length + family.length + other.length > 0;
    }

    /** How many different words the names have, not counting words run together. */
    int distinctWords() {
        var latin = new java.util.HashSet<String>();
        for (Word word : allNames()) {
            latin.add(word.latin());
        }
        int joined = (given.length > 1 ? 1 : 0) + (family.length > 1 ? 1 : 0) + (other.length > 1 ? 1 : 0);
        return Math.max(latin.size() - joined, latin.isEmpty() ? 0 : 1);
    }

    /** Every name word: given, family and other names. */
    Word[] allNames() {
        var all = new ArrayList<Word>(given.length + family.length + other.length);
        all.addAll(List.of(given));
        all.addAll(List.of(family));
        all.addAll(List.of(other));
        return all.toArray(Word[]::new);
    }

    /**
     * The words of a name without joining particles, plus, for a name of several words, the words
     * run together, so that "Abd al-Rahman" also meets "Abdulrahman". Words written in Arabic script
     * keep their other readings ({@link Word.ArabicScript}).
     */
    private static Word[] words(String text, Nicknames nicknames, Set<String> particles) {
        // the run-together form, where there is one, is the last word (isRunTogether)
        List<String> latin = NameForms.words(text);
        boolean arabic = !latin.isEmpty() && "Arab".equals(NameKeys.scriptOf(text));
        List<String> persian = arabic ? alongside(NameForms.persianWords(text), latin) : latin;
        List<String> finalHeSaid = arabic ? alongside(NameForms.wordsWithFinalHeSaidAsVowel(text), latin) : latin;
        List<String> spelt = arabic ? alongside(NameForms.wordsAsSpelt(text), latin) : latin;
        var words = new ArrayList<Word>(latin.size() + 1);
        for (int i = 0; i < latin.size(); i++) {
            if (!particles.contains(latin.get(i))) {
                words.add(word(latin.get(i), persian.get(i), finalHeSaid.get(i), spelt.get(i), arabic, nicknames));
            }
        }
        if (latin.size() > 1) {
            words.add(word(String.join("", latin), String.join("", persian), String.join("", finalHeSaid),
                    String.join("", spelt), arabic, nicknames));
        }
        if (words.isEmpty() && !latin.isEmpty()) {
            words.add(word(latin.get(0), persian.get(0), finalHeSaid.get(0), spelt.get(0), arabic, nicknames));
        }
        return words.toArray(Word[]::new);
    }

    /**
     * True when {@code word} is the words of the name run together ({@link #words}): the last of a
     * name of two words or more, which holds all the others.
     */
    static boolean isRunTogether(Word word, Word[] words) {
        return words.length >= 2 && word == words[words.length - 1];
    }

    private static Word word(String latin, String persian, String finalHeSaid, String spelt, boolean arabic,
            Nicknames nicknames) {
        return Word.of(latin, nicknames, arabic ? Word.ArabicScript.of(latin, persian, finalHeSaid, spelt) : null);
    }

    /** Another reading of a text's words, if it has as many words; else the words themselves. */
    private static List<String> alongside(List<String> reading, List<String> words) {
        return reading.size() == words.size() ? reading : words;
    }

    private static Set<String> nationalities(String text) {
        var codes = new LinkedHashSet<String>();
        for (String code : NameForms.words(text)) {
            codes.add(code);
        }
        return codes;
    }
}
