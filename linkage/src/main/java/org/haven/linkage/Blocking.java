package org.haven.linkage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The blocking keys of a record, and the weighted keys a query looks up. */
final class Blocking {

    static final String PAIR = "p:";
    private static final String WORD = "w:";
    private static final String DATE = "d:";
    private static final String TYPO = "t:";
    private static final String PARENT = "m:";
    private static final String PAIR_WITH_TYPO = "q:";
    private static final int MAX_WORDS = 6;

    private Blocking() {
    }

    static Set<String> recordKeys(Profile profile) {
        var keys = new LinkedHashSet<String>();
        var skeletons = skeletons(profile);
        var date = profile.birthDate();
        for (String s : skeletons) {
            keys.add(WORD + s);
            if (date.isKnown()) {
                keys.add(WORD + s + "/" + date.year());
            }
            keys.addAll(typoKeys(s));
        }
        keys.addAll(pairs(skeletons));
        keys.addAll(pairsWithATypo(skeletons));
        keys.addAll(withParents(skeletons, profile));
        if (date.hasDay()) {
            keys.add(DATE + date);
        }
        return keys;
    }

    /** Keys with weights: a pair of names says most, a name with the year more than a name alone. */
    static Map<String, Integer> queryKeys(Profile profile) {
        var keys = new HashMap<String, Integer>();
        var skeletons = skeletons(profile);
        var date = profile.birthDate();
        for (String s : skeletons) {
            keys.merge(WORD + s, 1, Math::max);
            for (String typo : typoKeys(s)) {
                keys.merge(typo, 1, Math::max);
            }
            if (date.isKnown()) {
                keys.merge(WORD + s + "/" + date.year(), 3, Math::max);
                keys.merge(WORD + s + "/" + (date.year() - 1), 2, Math::max);
                keys.merge(WORD + s + "/" + (date.year() + 1), 2, Math::max);
            }
        }
        for (String pair : pairs(skeletons)) {
            keys.merge(pair, 4, Math::max);
        }
        for (String pair : pairsWithATypo(skeletons)) {
            keys.merge(pair, 3, Math::max);
        }
        for (String withParent : withParents(skeletons, profile)) {
            keys.merge(withParent, 4, Math::max);
        }
        if (date.hasDay()) {
            keys.merge(DATE + date, 3, Math::max);
            if (date.day() <= 12 && date.day() != date.month()) {
                keys.merge(DATE + new BirthDate(date.year(), date.day(), date.month()), 2, Math::max);
            }
        }
        return keys;
    }

    private static List<String> skeletons(Profile profile) {
        var skeletons = new LinkedHashSet<String>();
        for (Word word : profile.allNames()) {
            if (skeletons.size() < MAX_WORDS) {
                // a skeleton of one letter ("l" for Ali) would join far too many names: such a word
                // is filed as said, so that Emma meets Ema and Maya Maja
                skeletons.add(word.skeleton().length() >= 2 ? word.skeleton() : "=" + word.sounds()[0]);
            }
            if (word.isDiminutive() && skeletons.size() < MAX_WORDS) {
                // the first name it stands for: every one would pair with every other word, at a cost in speed
                skeletons.add(word.fullNameSkeletons()[0]);
            }
            for (String other : word.otherSkeletons()) {
                if (skeletons.size() < MAX_WORDS && other.length() >= 2) {
                    skeletons.add(other);
                }
            }
        }
        return new ArrayList<>(skeletons);
    }

    /**
     * A name with one letter wrong, missing or extra, where the other names are common or missing,
     * shares no other key with its record: "Idrissi" and "Idrdissi", "Ikram" and "Ikraq". So every
     * skeleton of three letters or more is also filed under itself and each form with one letter
     * left out (symmetric deletion): two skeletons one edit apart always share one of these.
     */
    static List<String> typoKeys(String skeleton) {
        var forms = lettersLeftOut(skeleton);
        if (forms.isEmpty()) {
            return List.of();
        }
        var keys = new ArrayList<String>(forms.size() + 1);
        keys.add(TYPO + skeleton);
        for (String form : forms) {
            keys.add(TYPO + form);
        }
        return keys;
    }

    /** A skeleton of three letters or more with each one of its letters left out ({@link #typoKeys}); none for a shorter one. */
    private static Set<String> lettersLeftOut(String skeleton) {
        if (skeleton.length() < 3 || skeleton.startsWith("=")) {
            return Set.of();
        }
        var forms = new LinkedHashSet<String>();
        for (int i = 0; i < skeleton.length(); i++) {
            forms.add(skeleton.substring(0, i) + skeleton.substring(i + 1));
        }
        return forms;
    }

    /**
     * Each name, and each with one letter left out ({@link #lettersLeftOut}), with the first name of
     * each parent: a child known by one common given name and her mother's or father's name, where
     * the other record leaves out the date of birth or spells the family name past its typo keys
     * (جميل, mother رغد; Jamil Al-Mohammad, mother Raghad), or a given name with a typo where the
     * other record has no family name (Njoza and Njomza, father Mergim).
     */
    private static Set<String> withParents(List<String> skeletons, Profile profile) {
        var keys = new LinkedHashSet<String>();
        for (Word[] parent : new Word[][] {profile.mother, profile.father}) {
            if (parent.length == 0 || parent[0].skeleton().length() < 2) {
                continue;
            }
            for (String s : skeletons) {
                keys.add(PARENT + s + "|" + parent[0].skeleton());
                for (String typo : lettersLeftOut(s)) {
                    keys.add(PARENT + typo + "|" + parent[0].skeleton());
                }
            }
        }
        return keys;
    }

    /**
     * Each pair of names with one letter of one of them left out: "Elena Erikeanu" and "Elena
     * Ericeanu" (one letter replaced) share no other key where Elena alone is too common to follow
     * and so are the family name's typo keys. The pair as it is has its own key ({@link #PAIR});
     * filed here too, an exact pair counted twice in choosing which records to compare, and F1 at
     * 100k fell (by 0.00014 and 0.00001 on seeds 1 and 2026), as it did when a query looked its
     * pairs up here for a record with one letter more (0.00007 and 0.00013).
     */
    private static Set<String> pairsWithATypo(List<String> skeletons) {
        var keys = new LinkedHashSet<String>();
        for (String exact : skeletons) {
            for (String other : skeletons) {
                if (other.equals(exact)) {
                    continue;
                }
                for (String typo : lettersLeftOut(other)) {
                    keys.add(PAIR_WITH_TYPO + (exact.compareTo(typo) < 0 ? exact + "|" + typo : typo + "|" + exact));
                }
            }
        }
        return keys;
    }

    private static List<String> pairs(List<String> skeletons) {
        var pairs = new ArrayList<String>();
        for (int i = 0; i < skeletons.size(); i++) {
            for (int j = i + 1; j < skeletons.size(); j++) {
                String a = skeletons.get(i);
                String b = skeletons.get(j);
                pairs.add(PAIR + (a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a));
            }
        }
        return pairs;
    }
}
