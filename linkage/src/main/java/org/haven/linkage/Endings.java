package org.haven.linkage;

import org.apache.commons.text.similarity.LevenshteinDistance;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The endings with which the region's languages make family names from given names: Ivanov and
 * Ivanin, Petrenko and Petrychuk, Jakubowski, Jakubczyk and Jakubiak, Petrauskas and Petraitis,
 * Ionescu and Ioneanu, Ahmadzai, Gjonaj. Two names made from one given name with
 * different endings are different family names, however alike the rest of the letters (and in a
 * consonant skeleton, Stanisławczyk and Stanisławski are even the same). A man's and a woman's
 * form (Ivanov, Ivanova; Jonaitis, Jonaitė) and the usual romanisations of one ending (-ov, -ow,
 * -off; -chuk, -czuk, -tchouk) are one ending.
 */
final class Endings {

    /** A word's ending: which one ({@code kind}, an index into the endings, -1 for none) and where it starts. */
    record Ending(int kind, int stem) {
    }

    /** No known ending. */
    static final Ending NONE = new Ending(-1, 0);
    /** Each ending with its spellings in {@link NameForms#latin} form; a longer match wins over a shorter one. */
    private static final List<Pattern> ENDINGS = List.of(
            Pattern.compile("(ov|ow|ev|ew|iev|yev|jew)(a|s)?$|(off|eff)$"),
            Pattern.compile("(in|yn)(a|s|sh)?$"),
            Pattern.compile("(s|c|dz|ts)k(i|a|y|iy|ii|yi|ij|aya|aja|aia)$"),
            Pattern.compile("(cz|ch|tsch)(y|i)k$"),
            Pattern.compile("ak$"),
            Pattern.compile("(ch|cz|tch|tsch)uk$"),
            Pattern.compile("(i|y|j)?uk$"),
            Pattern.compile("enko$"),
            Pattern.compile("(ow|ew|ov|ev)?(icz|ich|ych|itch|itsch)$"),
            Pattern.compile("es(c|k)u$"),
            Pattern.compile("eanu$"),
            Pattern.compile("ait(is|e|iene|yte)$"),
            Pattern.compile("ausk(as|aite|iene)$"),
            Pattern.compile("z(ai|ay|oy|ei|aei|i|y)$"),
            Pattern.compile("aj$"));

    private static final Pattern STEM_ENDS = Pattern.compile("[aeiouy]?s?");

    /** A stem of fewer letters is no stem: "Ina", "Ak" and "Ali" are names of their own. */
    private static final int SHORTEST_STEM = 3;

    private Endings() {
    }

    /** Which ending a word in Latin form has, or {@link #NONE}. */
    static Ending of(String latin) {
        Ending found = NONE;
        for (int i = 0; i < ENDINGS.size(); i++) {
            var m = ENDINGS.get(i).matcher(latin);
            if (m.find() && m.start() >= SHORTEST_STEM && (found == NONE || m.start() < found.stem())) {
                found = new Ending(i, m.start());
            }
        }
        return found;
    }

    /**
     * True when the two are different family names by their endings: both end with one, not the
     * same one (Ivanov, Ivanin), or one is the given name the other was made from (Oleksandr,
     * Oleksandrenko; Petro, Petrenko; Ahmad, Ahmadzai). Not when the two are one slip of the pen
     * apart, a letter put in or left out or two side by side swapped: then the slip made the other
     * ending (Ramanauskaitė typed Ramanausskaite ends in -aite, not -auskaite). A letter changed is
     * no such slip: Kowalczuk and Kowalczyk, Romaniuk and Romaniak are two families (or one with a
     * slip: {@link #oneLetterChanged}).
     */
    static boolean differ(Word a, Word b) {
        Ending x = a.ending();
        Ending y = b.ending();
        if (x == NONE || y == NONE) {
            return x != y && isStemOf(x == NONE ? a.latin() : b.latin(), x == NONE ? b : a);
        }
        return x.kind() != y.kind() && !oneSlipApart(a.latin(), b.latin());
    }

    private static final LevenshteinDistance AT_MOST_ONE = new LevenshteinDistance(1);

    /**
     * Two words of one length with one letter changed: Kowalczuk and Kowalczyk, two families, or
     * one of them with a slip; {@link NameComparison} calls them similar, no more.
     */
    static boolean oneLetterChanged(String a, String b) {
        return a.length() == b.length() && AT_MOST_ONE.apply(a, b) == 1;
    }

    private static boolean oneSlipApart(String a, String b) {
        return (a.length() != b.length() && AT_MOST_ONE.apply(a, b) >= 0) || NameComparison.neighboursSwapped(a, b);
    }

    /**
     * True when one is a Maghrebi family name made with "Bou" run into a given name (Boubilal,
     * بوبلال, Bouyoussef, Bouali) and the other that given name, alone or made with "Ben" (Bilal, Ben
     * Bilal, Benyoussef, Benali): another family. (A given name that begins with "bu", as Bushra, has
     * no such other word.)
     */
    static boolean otherPrefix(Word a, Word b) {
        boolean bouA = madeWithBou(a.latin());
        if (bouA == madeWithBou(b.latin())) {
            return false;
        }
        String stem = (bouA ? a : b).latin().substring(2);
        String other = withoutBen((bouA ? b : a).latin());
        return stem.equals(other) || NameForms.skeleton(stem).equals(NameForms.skeleton(other));
    }

    private static boolean madeWithBou(String latin) {
        return latin.length() >= 5 && latin.startsWith("bu");
    }

    private static String withoutBen(String latin) {
        return latin.length() >= 6 && (latin.startsWith("ben") || latin.startsWith("bin")) ? latin.substring(3)
                : latin.length() >= 5 && latin.startsWith("bn") ? latin.substring(2) : latin;
    }

    /**
     * The Arabic joining word a name begins with, run into it, as one kind: "ben" for ben, bin, ibn
     * and bn (Benomar, Binladin, Ibnrushd), "al" for al and el before a consonant (Alkhalil, Elfassi; not
     * Alexander, Elisabeth), "abu", "uld" (Ould Ahmed), "abd" (Abdelkarim, Abdulrahman, Abderrahim:
     * the servant of one of the names of God, so that two such names are as alike as those names,
     * not as their first five letters: Abdelilah is not Abdelhak); null for none, or for a word too
     * short to have a name after it.
     */
    static Particle particleOf(String latin) {
        var abd = ABD.matcher(latin);
        if (abd.lookingAt() && latin.length() - abd.end() >= 3) {
            return new Particle("abd", withDoubledLetter(latin, abd.end(), 3));
        }
        for (String prefix : PARTICLE_PREFIXES) {
            boolean article = prefix.equals("al") || prefix.equals("el");
            // after an article four letters or more (Elmar is no article and Mar); after ben three (Benali)
            int shortest = article ? 4 : 3;
            if (latin.startsWith(prefix) && latin.length() - prefix.length() >= shortest) {
                if (!article || !NameForms.isVowel(latin.charAt(2))) {
                    return new Particle(article ? "al" : prefix.equals("abu") || prefix.equals("uld") ? prefix : "ben",
                            withDoubledLetter(latin, prefix.length(), shortest));
                }
            }
        }
        return null;
    }

    /**
     * Where the joining word ends: with the letter after it too when that doubles its last letter
     * and enough is left, so that a name spelt with the letter once or twice reads the same after
     * it (Bennani and Benani, Abdullahi and Abdulahi, Abdellatif and Abdelatif).
     */
    private static int withDoubledLetter(String latin, int end, int shortest) {
        return latin.charAt(end) == latin.charAt(end - 1) && latin.length() - end - 1 >= shortest ? end + 1 : end;
    }

    /** A joining word run into a name: its kind, and how many letters it takes. */
    record Particle(String kind, int length) {
    }

    /** Abd and the article run into it, as written: abdel, abdul, abdal, or abde before a doubled letter (Abderrahim). */
    private static final Pattern ABD = Pattern.compile("abd([aeiou]l?)?");

    private static final List<String> PARTICLE_PREFIXES = List.of("ben", "bin", "ibn", "bn", "abu", "uld", "al", "el");

    /** True when both end with the same ending (Ivanov, Ivanova). */
    static boolean same(Word a, Word b) {
        return a.ending() != NONE && a.ending().kind() == b.ending().kind();
    }

    /** "petr", "petro", "jonas" and "kristaps" are the stems of Petrenko, Jonaitis and Kristapovs: a vowel or s may follow. */
    private static boolean isStemOf(String name, Word madeFrom) {
        String stem = madeFrom.latin().substring(0, madeFrom.ending().stem());
        return name.startsWith(stem) && STEM_ENDS.matcher(name.substring(stem.length())).matches();
    }
}
