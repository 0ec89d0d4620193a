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
    /** Spellings alike as said ({@link NameForms#soundSpelling}) count a little less than spellings alike as written. */
    static final double SAID_WEIGHT = 0.97;
    /** A diminutive of a name spelt almost as the other word (Valya, Walewtina): similar, not a variant. */
    static final double DIMINUTIVE_OF_ALIKE = 0.86;
    /** Two letters side by side swapped ({@link #neighboursSwapped}): similar, not a variant. */
    static final double NEIGHBOURS_SWAPPED = 0.86;
    /** At most this alike: family names made with different endings or Bou and Ben ({@link Endings}). */
    static final double OTHER_ENDING = 0.83;
    /**
     * At most this alike: two words written in Arabic script with the same consonants and other
     * letters, whichever orthography wrote them ({@link NameForms#wordsAsSpelt}). That script writes
     * long vowels, so حسن and حسين, محمد and محمود are different names (brothers, often), not two
     * spellings of one. Words whose consonants differ are compared as any others: a letter told from
     * another by its dots may be a slip of the pen.
     */
    static final double OTHER_LETTERS = 0.83;
    /** At most this alike: a word that is the other with a consonant put in front ({@link #letterPutInFront}). */
    static final double LETTER_IN_FRONT = 0.83;
    /** Likeness at which two different words count exactly the bits set against them ({@link #against}). */
    private static final double NEUTRAL_LIKENESS = 0.65;
    /** How far likeness may move the bits against, either way. */
    private static final double UNLIKENESS_CAP = 3;

    private NameComparison() {
    }

    /** How alike two words are, from 0 to 1; symmetric, and 1 for a word with itself. */
    static double similarity(Word a, Word b) {
        if (a.latin().equals(b.latin())) {
            return 1.0;
        }
        if (sameButForYAndI(a.latin(), b.latin())) {
            return 0.95;
        }
        if (a.particle() != null && b.particle() != null && a.particle().kind().equals(b.particle().kind())) {
            // Benomar and Benmounir: Omar and Mounir; Benmansour and Binmansur one name, spelt otherwise
            return Math.min(0.93, similarity(a.afterParticle(), b.afterParticle()));
        }
        double spelling = JARO_WINKLER.apply(a.latin(), b.latin());
        boolean sameConsonants = sameConsonantsUnvowelled(a, b);
        if (a.unvowelled() && b.unvowelled()) {
            if (a.arabic().spelt().equals(b.arabic().spelt())) {
                return 0.93;
            }
            if (a.skeleton().equals(b.skeleton()) || sameConsonants) {
                return Math.min(OTHER_LETTERS, spelling); // حسن and حسين: one consonants, other long vowels
            }
        }
        boolean otherFamily = Endings.differ(a, b) || Endings.otherPrefix(a, b); // names made otherwise from one name
        if (!otherFamily && (sameSkeleton(a, b) && alikeInSound(a, b, spelling) >= sameSkeletonNeeds(a, b)
                || sameConsonants)) {
            return 0.93;
        }
        if (!otherFamily && (sameButForTheArticle(a, b) || sameButForTheArticle(b, a)
                || sameButForOluwa(a, b) || sameButForOluwa(b, a))) {
            return 0.93;
        }
        if ((a.isDiminutive() || b.isDiminutive()) && a.sameFullName(b)) {
            return 0.91;
        }
        double alike = Endings.same(a, b) ? stemsAlike(a, b) : Math.max(Math.max(spelling, skeletonsAlike(a, b)),
                SAID_WEIGHT * alikeAsSaid(a, b, true));
        if (alike < NEIGHBOURS_SWAPPED && (neighboursSwapped(a.latin(), b.latin())
                || neighboursSwapped(a.sounds()[0], b.sounds()[0]))) {
            alike = NEIGHBOURS_SWAPPED;
        }
        if (otherFamily) {
            return Math.min(alike, Endings.oneLetterChanged(a.latin(), b.latin()) ? SIMILAR : OTHER_ENDING);
        }
        if (letterPutInFront(a.latin(), b.latin()) || letterPutInFront(b.latin(), a.latin())) {
            return Math.min(alike, LETTER_IN_FRONT);
        }
        if (alike < DIMINUTIVE_OF_ALIKE && (a.isDiminutive() || b.isDiminutive())
                && fullNamesAlike(a, b)) {
            // Valya and Walewtina: a diminutive of a name spelt almost as the other
            return DIMINUTIVE_OF_ALIKE;
        }
        return Math.min(0.96, sameButForUkrainianH(a, b, spelling) ? Math.max(0.92, alike) : alike);
    }

    /**
     * Two words of one length that differ only in two letters side by side, swapped: a slip of the
     * keyboard (Dea typed Dae, Aly typed Ayl). Jaro–Winkler looks for a letter in the other word
     * only within a window that is empty for words of three letters, so it sees no likeness there
     * at all (Dae and Dea 0.56, less than Dae and Dana).
     */
    static boolean neighboursSwapped(String a, String b) {
        if (a.length() != b.length() || a.length() < 3) {
            return false;
        }
        int first = 0;
        while (first < a.length() && a.charAt(first) == b.charAt(first)) {
            first++;
        }
        return first < a.length() - 1 && a.charAt(first) == b.charAt(first + 1) && a.charAt(first + 1) == b.charAt(first)
                && a.regionMatches(first + 2, b, first + 2, a.length() - first - 2);
    }

    /**
     * Whether the longer word is the shorter with a consonant put in front: Samir and Amir, Karina and
     * Arina, Roksana and Oksana, Thanh and Hanh, عمر and سامر are different names. A slip of the pen
     * or keyboard seldom falls on the first letter, so Jaro–Winkler, which sees every letter of the
     * shorter word in the longer, overrates these. Not an h, a glide or a vowel, which scripts and
     * romanisations add or leave out at the start of one name (Hanna and Anna, Yelena and Elena);
     * not a letter written twice (Nnamdi) or a letter that writes one sound with the next (Tchernov
     * and Chernov, Djamal and Jamal, Dzadran and Zadran, Schadi and Chadi, Christo and Hristo,
     * Tsehay and Sehay, Albanian Gjon and Jon).
     */
    static boolean letterPutInFront(String longer, String shorter) {
        if (longer.length() != shorter.length() + 1 || shorter.length() < 2 || !longer.endsWith(shorter)) {
            return false;
        }
        char first = longer.charAt(0);
        char next = shorter.charAt(0);
        return !NameForms.isVowel(first) && "hyjw".indexOf(first) < 0 && first != next
                && !(next == 'h' && (first == 'c' || first == 'k'))
                && !((first == 't' || first == 's') && shorter.startsWith("ch")) && !(first == 't' && next == 's')
                && !((first == 'd' || first == 'g') && next == 'j') && !(first == 'd' && next == 'z');
    }

    /** Whether a full name of one is spelt almost as a full name of the other, as said. */
    private static boolean fullNamesAlike(Word a, Word b) {
        for (String x : a.fullNameSounds()) {
            for (String y : b.fullNameSounds()) {
                if (JARO_WINKLER.apply(x, y) >= VARIANT) {
                    return true;
                }
            }
        }
        return false;
    }

    /** How alike the spellings are, as written or as said ({@link NameForms#soundSpelling}): Vera and Wera are one name. */
    private static double alikeInSound(Word a, Word b, double spelling) {
        return Math.max(spelling, alikeAsSaid(a, b, false));
    }

    /**
     * How alike the two are as said, in the readings of each that agree best; with {@code alikeLength},
     * only readings of about the same length count (Jaro–Winkler finds "ali" in "khalid").
     */
    private static double alikeAsSaid(Word a, Word b, boolean alikeLength) {
        double best = 0;
        for (String x : a.sounds()) {
            for (String y : b.sounds()) {
                if (alikeLength && 4 * Math.min(x.length(), y.length()) < 3 * Math.max(x.length(), y.length())) {
                    continue;
                }
                best = Math.max(best, x.equals(y) ? 1.0 : JARO_WINKLER.apply(x, y));
            }
        }
        return best;
    }

    /** How alike two consonant skeletons of three letters or more are, a little less than spellings. */
    private static double skeletonsAlike(Word a, Word b) {
        return a.skeleton().length() > 2 && b.skeleton().length() > 2 && beginAlike(a, b)
                ? 0.95 * JARO_WINKLER.apply(a.skeleton(), b.skeleton()) : 0;
    }

    /** One consonant skeleton, and words that begin alike. */
    private static boolean sameSkeleton(Word a, Word b) {
        return a.skeleton().equals(b.skeleton()) && beginAlike(a, b);
    }

    /**
     * A word written in a script that leaves short vowels out (Arabic, Persian) says little beyond
     * its consonants, so it meets any word that begins alike and has the same consonants, two or
     * more, a consonant written twice counted once: there the short vowel between two like letters is
     * not written either (مدد and Madad, جعفری and Jaafari, عمر and Umar). The letters that are
     * consonant or vowel, or said or not, count either way ({@link NameForms#consonants}: نوید and Navid,
     * زهره and Zohra).
     */
    private static boolean sameConsonantsUnvowelled(Word a, Word b) {
        if (!(a.unvowelled() || b.unvowelled()) || !beginAlike(a, b) || !yAlike(a, b) || !yAlike(b, a)) {
            return false;
        }
        for (String x : a.consonants()) {
            for (String y : b.consonants()) {
                boolean marked = x.endsWith(NameForms.SAID_VOWEL_AT_END) || x.endsWith(NameForms.UNSAID_H_AT_END);
                if (x.length() - (marked ? 1 : 0) >= 2 && x.equals(y)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A first y written in Arabic script is the consonant ي, written y, j, i or e in Latin letters (یوسفی is Yusufi, not Safaa). */
    private static boolean yAlike(Word a, Word b) {
        return !(a.unvowelled() && a.latin().charAt(0) == 'y') || "yjie".indexOf(b.latin().charAt(0)) >= 0;
    }

    /**
     * Whether a name begins with a vowel is kept by most scripts and romanisations (Oleksandr,
     * Aleksandr, Александр; Omar, عمر), where the skeleton drops it: Emilka and Malika, Ahmad and
     * Hamid share a skeleton and are different names. A j or y may stand for a first e or i (Iulia
     * and Yulia, Yelena and Elena; {@link #glideForVowel}), and Abu may be said Bu (Aboubakar and Boubacar). A name that drops its
     * first vowel otherwise (Brahim for Ibrahim, Skender for Iskender) is still met by its spelling,
     * as written or as said.
     */
    static boolean beginAlike(Word a, Word b) {
        char x = a.latin().charAt(0);
        char y = b.latin().charAt(0);
        if (yForVowelAgainstConsonant(a.latin(), b.latin()) || yForVowelAgainstConsonant(b.latin(), a.latin())) {
            return false;
        }
        return NameForms.isVowel(x) == NameForms.isVowel(y) || glideForVowel(x, y) || glideForVowel(y, x)
                || abuForBu(a.latin(), b.latin()) || abuForBu(b.latin(), a.latin());
    }

    /**
     * A first y before a vowel begins the name with that vowel (Yelena is Elena, Yevgeniya Evgeniya),
     * and the skeleton leaves it out; a name that begins with another consonant begins otherwise
     * (Yeseniya and Sanija, Yeseniya and Zhenya share the skeleton "sn" and nothing else).
     */
    private static boolean yForVowelAgainstConsonant(String y, String other) {
        return y.length() > 1 && y.charAt(0) == 'y' && NameForms.isVowel(y.charAt(1))
                && !NameForms.isVowel(other.charAt(0)) && other.charAt(0) != 'y' && other.charAt(0) != 'j';
    }

    /** A first j or y written where another record writes a first e or i (Yelena and Elena, Julia and Iulia; not Julian and Alin). */
    private static boolean glideForVowel(char glide, char other) {
        return (glide == 'j' || glide == 'y') && (other == 'e' || other == 'i');
    }

    private static boolean abuForBu(String abu, String bu) {
        return abu.startsWith("abu") && bu.startsWith("bu");
    }

    /**
     * Two family names with one ending are as alike as what they were made from: Tudoreanu and
     * Adrianeanu share "eanu" and nothing else.
     */
    private static double stemsAlike(Word a, Word b) {
        String x = a.latin().substring(0, a.ending().stem());
        String y = b.latin().substring(0, b.ending().stem());
        double said = 0;
        for (String saidX : NameForms.readings(x)) {
            for (String saidY : NameForms.readings(y)) {
                said = Math.max(said, JARO_WINKLER.apply(saidX, saidY));
            }
        }
        return Math.max(JARO_WINKLER.apply(x, y), SAID_WEIGHT * said);
    }

    /** Aly and Ali, Vy and Vi: the same letters but for y written for i (checked without copying the words). */
    private static boolean sameButForYAndI(String a, String b) {
        if (a.length() != b.length()) {
            return false;
        }
        for (int i = 0; i < a.length(); i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y && !((x == 'y' || x == 'i') && (y == 'y' || y == 'i'))) {
                return false;
            }
        }
        return true;
    }

    /** The article said as the letter it runs into (Essaidi, Ennajjar, Eddoukkali, Arrahman): a vowel and a doubled sun letter. */
    private static final java.util.regex.Pattern ASSIMILATED_ARTICLE = java.util.regex.Pattern.compile("[ae]([tdrzsn])\\1");

    /**
     * "Alkhalil" and "Khalil", "Elalaoui" and "Alaoui", "Essaidi" and "Saidi": the Arabic article run
     * into a name written in Latin letters, as written or as said, and left out by another record.
     */
    private static boolean sameButForTheArticle(Word withArticle, Word without) {
        String latin = withArticle.latin();
        boolean assimilated = latin.length() >= 7 && ASSIMILATED_ARTICLE.matcher(latin).lookingAt();
        if (!(latin.startsWith("al") || latin.startsWith("el") || assimilated) || latin.length() < 7) {
            return false;
        }
        String rest = latin.substring(2); // "al", "el", or the vowel and the first of the doubled letters
        return rest.equals(without.latin()) || (NameForms.skeleton(rest).equals(without.skeleton())
                && JARO_WINKLER.apply(rest, without.latin()) >= 0.85);
    }

    /** Yoruba names given with or without Oluwa or Olu, "God": Oluwadamilare and Damilare, Olufunmilayo and Funmilayo. */
    private static boolean sameButForOluwa(Word withPrefix, Word without) {
        String latin = withPrefix.latin();
        String rest = latin.startsWith("oluwa") ? latin.substring(5) : latin.startsWith("olu") ? latin.substring(3) : "";
        return rest.length() >= 4 && rest.equals(without.latin());
    }

    /**
     * Ukrainian writes h where Russian writes g (Гуменюк is Humeniuk in a Ukrainian passport,
     * Gumenyuk in a Russian one; Hryhorii and Grigoriy, Halyna and Galina). Not where "gh" or "kh"
     * is written (Arabic ghayn: Ghassan is not Hassan; Kharchenko is not Hryshchenko), not for g
     * after n (Vietnamese Thanh is not Thang by this rule), not for a word beginning "gi" and a
     * vowel (Vietnamese Giang is neither Hang nor Huong); in skeletons of three letters the spellings
     * must be 0.75 alike, in shorter ones the words said alike but for an h after the first letter
     * (Olha and Olga, Yehor and Egor, Ihor and Igor; not Ihor and Yegor, nor Hana and Gana).
     */
    static boolean sameButForUkrainianH(Word a, Word b, double spelling) {
        if ((a.skeleton().indexOf('g') < 0 && b.skeleton().indexOf('g') < 0)
                || writesAnotherSound(a.latin()) || writesAnotherSound(b.latin())) {
            return false;
        }
        if (a.skeleton().length() < 3 || b.skeleton().length() < 3) { // the h inside the name: Hana is not Gana
            String x = a.sounds()[0];
            String y = b.sounds()[0];
            return x.charAt(0) == y.charAt(0) && withH(x).equals(withH(y));
        }
        return withH(a.skeleton()).equals(withH(b.skeleton()))
                && (a.skeleton().length() >= 4 || spelling >= 0.75);
    }

    /** Letters that look like the h or g of this rule but write other sounds: gh, kh, and Vietnamese gi. */
    private static boolean writesAnotherSound(String latin) {
        return latin.contains("gh") || latin.contains("kh")
                || (latin.startsWith("gi") && latin.length() > 2 && "aeiouy".indexOf(latin.charAt(2)) >= 0);
    }

    private static String withH(String skeleton) {
        var out = new StringBuilder(skeleton);
        for (int i = 0; i < out.length(); i++) {
            if (out.charAt(i) == 'g' && (i == 0 || out.charAt(i - 1) != 'n')) {
                out.setCharAt(i, 'h');
            }
        }
        return out.toString();
    }

    /**
     * How alike the spellings must be for a shared skeleton to count: the shorter the skeleton, the
     * more names share it by chance ("Elena" and "Julian" are both "ln"), so the spelling must say more.
     * A skeleton of two letters in words of five letters or more lets "Jakub" meet "Jacob"; in shorter
     * words the vowels are most of the name (Lan and Lien, Han and Hien are different names).
     */
    private static double sameSkeletonNeeds(Word a, Word b) {
        int letters = a.skeleton().length();
        return letters >= 3 ? 0
                : letters == 2 && a.latin().length() >= 5 && b.latin().length() >= 5 ? 0.75 : 0.85;
    }

    /**
     * The best-agreeing pair of words between two names, or null when either has none. Among pairs
     * that agree equally, the rarer name wins, then the alphabetical first, so that the answer does
     * not depend on which record is asked about.
     */
    static Pair bestPair(Word[] a, Word[] b, Rarity rarity) {
        return bestPair(a, b, rarity, NameComparison::similarity);
    }

    /** {@link #bestPair(Word[], Word[], Rarity)} with the similarities of the words given (computed once for a pair of records). */
    static Pair bestPair(Word[] a, Word[] b, Rarity rarity, java.util.function.ToDoubleBiFunction<Word, Word> similarity) {
        Pair best = null;
        for (Word x : a) {
            for (Word y : b) {
                var pair = new Pair(x, y, similarity.applyAsDouble(x, y), rarityOf(x, y, rarity));
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
            boolean sameFullName = query.sameFullName(record);
            if (query.isDiminutive() != record.isDiminutive() && sameFullName) {
                return Reason.Finding.DIMINUTIVE;
            }
            if (query.skeleton().equals(record.skeleton()) || sameButForUkrainianH(query, record, 1)) {
                return Reason.Finding.TRANSLITERATED;
            }
            if (similarity >= VARIANT && sameFullName) {
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
        return against(againstBits, pair.similarity);
    }

    /**
     * The bits against two words that are not one name, moved by how unlike they are: each 0.05 of
     * likeness above 0.65 counts a bit less against, each 0.05 below a bit more, up to 3 bits either
     * way. One name spelt past recognition is mostly 0.65 to 0.84 alike (Soomiia and Solomiia, Egor
     * and Yehor, Ahdmad and Ahmed); two names mostly less (Fiona and Arbër, Gregor and Rasmus: the
     * twin or sibling who shares everything else). On the shown candidates at 100,000 records, seed 1,
     * a "different" pair 0.8 to 0.84 alike was 39 times likelier than the average one to be the
     * same child, one under 0.5 a tenth as likely (docs/matching.md).
     */
    static double against(double bits, double similarity) {
        return bits + Math.max(-UNLIKENESS_CAP, Math.min(UNLIKENESS_CAP, (similarity - NEUTRAL_LIKENESS) / 0.05));
    }
}
