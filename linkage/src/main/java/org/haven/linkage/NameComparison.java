package org.haven.linkage;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;

import java.util.Comparator;

/**
 * Compares names word by word, so that a missing middle name, an extra alias or a different order
 * of words does not hide a match. Agreement on a rare name counts for more than on a common one.
 */
final class NameComparison {

    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

    static final double SAME = 0.97;
    static final double VARIANT = 0.90;
    static final double SIMILAR = 0.84;

    private NameComparison() {
    }

    /** How alike two words are, from 0 to 1; symmetric, and 1 for a word with itself. */
    static double similarity(Word a, Word b) {
        if (a.latin().equals(b.latin())) {
            return 1.0;
        }
        double spelling = JARO_WINKLER.apply(a.latin(), b.latin());
        boolean sameOnset = sameOnset(a.latin(), b.latin());
        if (sameOnset && a.skeleton().equals(b.skeleton()) && (spelling >= sameSkeletonNeeds(a.skeleton().length())
                || (a.skeleton().length() >= 2 && (a.unvowelled() || b.unvowelled())))) {
            return 0.93;
        }
        if (sameButForTheArticle(a, b) || sameButForTheArticle(b, a)) {
            return 0.93;
        }
        if ((a.isDiminutive() || b.isDiminutive()) && a.fullNameSkeleton().equals(b.fullNameSkeleton())) {
            return 0.91;
        }
        double sound = sameOnset && a.skeleton().length() > 2 && b.skeleton().length() > 2
                ? 0.95 * JARO_WINKLER.apply(a.skeleton(), b.skeleton()) : 0;
        return Math.min(0.96, Math.max(spelling, sound));
    }

    /**
     * "Alkhalil" and "Khalil", "Elalaoui" and "Alaoui": the Arabic article run into a name written in
     * Latin letters, and left out by another record.
     */
    private static boolean sameButForTheArticle(Word withArticle, Word without) {
        String latin = withArticle.latin();
        if (latin.length() < without.latin().length() + 2 || !(latin.startsWith("al") || latin.startsWith("el"))) {
            return false;
        }
        String rest = latin.substring(2);
        return rest.equals(without.latin())
                || (without.skeleton().length() >= 3 && NameForms.skeleton(rest).equals(without.skeleton()));
    }

    /**
     * Whether two words begin alike: with a vowel, or with a consonant. Every script writes a vowel
     * at the start of a name (Arabic with alif: أحمد is "ahmd"), so "Ahmad" and "Hamid", or
     * "Ostapenko" and "Stepanenko", are not one name although their consonants are. The glides j and
     * y begin either way (Yelena, Elena). Diminutives are not held to this (Sasha is Aleksandr).
     */
    private static boolean sameOnset(String a, String b) {
        int x = onset(a.charAt(0));
        int y = onset(b.charAt(0));
        return x == 0 || y == 0 || x == y;
    }

    /** 1 for a vowel, 2 for a consonant, 0 for a glide. */
    private static int onset(char c) {
        return switch (c) {
            case 'a', 'e', 'i', 'o', 'u' -> 1;
            case 'j', 'y' -> 0;
            default -> 2;
        };
    }

    /**
     * How alike the spellings must be for a shared skeleton to count: the shorter the skeleton, the
     * more names share it by chance ("Elena" and "Julian" are both "ln"), so the spelling must say more.
     * Two letters still let "Jakub" meet "Jacob" and "Omar" meet "Umar".
     */
    private static double sameSkeletonNeeds(int letters) {
        return letters >= 3 ? 0 : letters == 2 ? 0.75 : 0.85;
    }

    /**
     * The best-agreeing pair of words between two names, or null when either has none. Among pairs
     * that agree equally, the rarer name wins, then the alphabetical first, so that the answer does
     * not depend on which record is asked about.
     */
    static Pair bestPair(Word[] a, Word[] b, Rarity rarity) {
        Pair best = null;
        for (Word x : a) {
            for (Word y : b) {
                var pair = new Pair(x, y, similarity(x, y), rarityOf(x, y, rarity));
                if (best == null || ORDER.compare(pair, best) < 0) {
                    best = pair;
                }
            }
        }
        return best;
    }

    /** What agreement on two words is worth: the commoner of the two names decides. */
    static double rarityOf(Word x, Word y, Rarity rarity) {
        return Math.min(rarity.bitsFor(x.skeleton()), rarity.bitsFor(y.skeleton()));
    }

    /** Best first: most alike, then rarest, then by spelling. */
    static final Comparator<Pair> ORDER = Comparator.comparingDouble(Pair::similarity).reversed()
            .thenComparing(Comparator.comparingDouble(Pair::rarity).reversed())
            .thenComparing(Pair::spellings);

    record Pair(Word query, Word record, double similarity, double rarity) {

        String spellings() {
            return query.latin().compareTo(record.latin()) < 0
                    ? query.latin() + " " + record.latin() : record.latin() + " " + query.latin();
        }

        Reason.Finding finding() {
            if (similarity >= SAME) {
                return Reason.Finding.SAME;
            }
            if (similarity < SIMILAR) {
                return Reason.Finding.DIFFERENT;
            }
            if (query.skeleton().equals(record.skeleton())) {
                return Reason.Finding.TRANSLITERATED;
            }
            if (similarity >= VARIANT && query.fullNameSkeleton().equals(record.fullNameSkeleton())) {
                return Reason.Finding.DIMINUTIVE;
            }
            return Reason.Finding.SIMILAR;
        }

        String detail() {
            return query.latin().equals(record.latin()) ? query.latin() : query.latin() + " / " + record.latin();
        }
    }

    /** Bits for a pair: the rarity of the name when it agrees, scaled down as the spelling drifts. */
    static double bits(Pair pair, double againstBits) {
        if (pair.similarity >= SAME) {
            return pair.rarity;
        }
        if (pair.similarity >= VARIANT) {
            return 0.8 * pair.rarity;
        }
        if (pair.similarity >= SIMILAR) {
            return Math.max(1.0, 0.4 * pair.rarity);
        }
        return againstBits;
    }
}
