package org.haven.linkage;

import com.ibm.icu.text.Transliterator;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Brings a name written in any script to the forms the matcher compares: Latin words and, for each
 * word, a consonant skeleton that different romanisations of the same name share.
 *
 * <p>Cyrillic goes through the BGN/PCGN romanisation (Ж → zh, Х → kh, Щ → shch), the one most
 * passports and police records use; Ethiopic through BGN/PCGN Amharic; every other script through
 * ICU's general Any-Latin. Diacritics that stand for a sound (č, š, ž, ș, ț, ł) become their usual
 * digraphs first, so that "Čerņenko" and "Chernenko" meet.
 */
public final class NameForms {

    private static final String RULES = """
            [čČ] > ch; [šŠ] > sh; [žŽ] > zh; [șşȘŞ] > sh; [țţȚŢ] > ts; [łŁ] > l; [ßẞ] > ss;
            [ʿʾʼʻʹʺ‘’'`´·] > ;
            اة > ات;
            ኸ > ከ; ኹ > ኩ; ኺ > ኪ; ኻ > ካ; ኼ > ኬ; ኽ > ክ; ኾ > ኮ;
            ة > a;
            """;
    private static final ThreadLocal<Transliterator> TO_LATIN = ThreadLocal.withInitial(() -> Transliterator
            .createFromRules("haven-names", RULES, Transliterator.FORWARD));
    private static final ThreadLocal<Transliterator> CYRILLIC = ThreadLocal.withInitial(
            () -> Transliterator.getInstance("Russian-Latin/BGN; Any-Latin"));
    private static final ThreadLocal<Transliterator> ETHIOPIC = ThreadLocal.withInitial(
            () -> Transliterator.getInstance("Amharic-Latin/BGN; Any-Latin"));
    private static final ThreadLocal<Transliterator> OTHER = ThreadLocal.withInitial(
            () -> Transliterator.getInstance("Any-Latin"));
    private static final ThreadLocal<Transliterator> ASCII = ThreadLocal.withInitial(
            () -> Transliterator.getInstance("Latin-ASCII"));
    /**
     * Persian (and Dari) say the Arabic letters ض ظ ذ as z, ث ص as s and ط as t: "ذبیح" is Zabih,
     * not Dhabih. Text written with the letters only Persian uses (ی ک پ چ گ ژ) is read that way.
     */
    private static final ThreadLocal<Transliterator> PERSIAN = ThreadLocal.withInitial(() -> Transliterator
            .createFromRules("haven-persian", "[ضظذ] > ز; [ثص] > س; ط > ت; ى > ی;", Transliterator.FORWARD));
    private static final java.util.regex.Pattern PERSIAN_LETTERS = java.util.regex.Pattern.compile("[یکپچگژ]");
    private static final java.util.regex.Pattern LETTERS_PERSIAN_SAYS_OTHERWISE = java.util.regex.Pattern.compile("[ضظذثصط]");
    /** ه ending a word of three letters or more (vowel marks aside). */
    private static final java.util.regex.Pattern FINAL_HE = java.util.regex.Pattern.compile(
            "(?<=\\p{IsArabic}\\p{Mn}{0,2}\\p{IsArabic}\\p{Mn}{0,2})ه(?![\\p{IsArabic}\\p{Mn}])");
    private static final java.util.regex.Pattern VOWEL_MARKS = java.util.regex.Pattern.compile("\\p{Mn}+");
    /** Marks the consonants of a reading that ends in a vowel ({@link #consonants}). */
    static final String SAID_VOWEL_AT_END = "+";
    /**
     * Marks the consonants of a word whose last letter is an h written but not said: a Latin word
     * ending in -ah or -eh (Hamzah, Shehadeh) and an Arabic-script word ending in ة (حمزة, شحادة).
     * Only such two meet by it: Sabah (صباح) is not صبا, nor Shehadeh شهد.
     */
    static final String UNSAID_H_AT_END = "~";

    private static final int CACHE_LIMIT = 500_000;
    private static final Map<String, String> LATIN_CACHE = new ConcurrentHashMap<>();

    private NameForms() {
    }

    /** Lower-case ASCII words separated by single spaces; empty for a text with no letters or digits. */
    public static String latin(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        String cached = LATIN_CACHE.get(text);
        if (cached != null) {
            return cached;
        }
        String latin = toLatin(text);
        if (LATIN_CACHE.size() >= CACHE_LIMIT) {
            LATIN_CACHE.clear();
        }
        LATIN_CACHE.put(text, latin);
        return latin;
    }

    /** The words of {@link #latin(String)}. */
    public static List<String> words(String text) {
        String latin = latin(text);
        return latin.isEmpty() ? List.of() : List.of(latin.split(" "));
    }

    private static String toLatin(String text) {
        String marked = TO_LATIN.get().transliterate(text.strip().toLowerCase(Locale.ROOT));
        String latin = switch (NameKeys.scriptOf(marked)) {
            case "Latn", "Zyyy" -> marked;
            case "Cyrl" -> CYRILLIC.get().transliterate(marked);
            case "Ethi" -> ethiopic(marked);
            case "Arab" -> arabic(OTHER.get().transliterate(PERSIAN_LETTERS.matcher(marked).find()
                    ? PERSIAN.get().transliterate(marked) : marked.replace('ى', 'ا')));
            default -> OTHER.get().transliterate(marked);
        };
        String ascii = ASCII.get().transliterate(TO_LATIN.get().transliterate(latin)).toLowerCase(Locale.ROOT);
        var words = new ArrayList<String>();
        for (String word : ascii.split("[^a-z0-9]+")) {
            if (!word.isEmpty()) {
                words.add(englishLongVowels(frenchOu(word)));
            }
        }
        return String.join(" ", words);
    }

    /**
     * The text in Arabic script read with the sounds Persian gives ض ظ ذ ث ص ط (رضا as Reza, not
     * Rida), word for word with {@link #words}; the text's own words when it has none of these
     * letters or is already read so (it has letters only Persian uses).
     */
    static List<String> persianWords(String text) {
        return words(persian(text));
    }

    private static String persian(String text) {
        return (LETTERS_PERSIAN_SAYS_OTHERWISE.matcher(text).find() || text.indexOf('ى') >= 0)
                && !PERSIAN_LETTERS.matcher(text).find()
                ? PERSIAN.get().transliterate(text) : text;
    }

    /**
     * The text in Arabic script as its letters spell it, whichever orthography wrote it, word for word
     * with {@link #words}: vowel marks left out, Persian ی and ک as Arabic ي and ك, أ إ آ as ا, and a
     * final ة as ه (فاطمة and فاطمه, حسين and حسین, مُحَمَّد and محمد are each one spelling).
     */
    static List<String> wordsAsSpelt(String text) {
        String letters = VOWEL_MARKS.matcher(text).replaceAll("").replace('ی', 'ي').replace('ى', 'ي')
                .replace('ک', 'ك').replace('أ', 'ا').replace('إ', 'ا').replace('آ', 'ا').replace('ة', 'ه');
        return words(letters);
    }

    /**
     * The text in Arabic script with each final ه read as the vowel it often writes (فاطمه as
     * Fatima, زهره as Zohra), with the Persian sounds of {@link #persianWords} (a final ه is mostly
     * Persian spelling: رضيه is Razia), word for word with {@link #words}; the text's own words when
     * no word ends so.
     */
    static List<String> wordsWithFinalHeSaidAsVowel(String text) {
        return text.indexOf('ه') >= 0 ? words(persian(FINAL_HE.matcher(text).replaceAll("ا"))) : words(text);
    }

    /**
     * French spellings write u as "ou" and w as "ou" before a vowel: Youssef is Yusuf, Mourad Murad,
     * Ioulia Iulia, Ouahbi Wahbi, Ouazzani Wazzani, Chaoui (الشاوي) Shaui.
     */
    static String frenchOu(String word) {
        String w = word;
        while (w.contains("ou")) { // "oou" gives "ou" again: read until none is left, so the form is stable
            w = w.length() > 2 && w.startsWith("ou") && "aeiy".indexOf(w.charAt(2)) >= 0 ? "w" + w.substring(2) : w;
            w = w.replace("ou", "u");
        }
        return w;
    }

    /**
     * English spellings write long i as "ee" and long u as "oo": Meena is Mina, Shakeela Shakila,
     * Rasheed Rashid, Noor Nur. (Estonian long vowels read the same way, the same for every record.)
     */
    static String englishLongVowels(String word) {
        return word.contains("ee") || word.contains("oo") ? word.replace("ee", "i").replace("oo", "u") : word;
    }

    /**
     * Ethiopic word by word: a word ending in a letter of the sixth order (the vowel ə or none) ends
     * in its consonant, as Latin spellings write it (ሄኖክ Henok, ዳዊት Dawit, not Henoki, Dawiti). The
     * Tigrinya ኸ row, a k said softly, was made the ከ row before (ተኽለ Tekle, ብርኽቲ Brikti).
     */
    private static String ethiopic(String text) {
        var words = new ArrayList<String>();
        for (String word : text.split("[\\s\u1361]+")) { // ፡ is the Ethiopic word space
            String latin = ETHIOPIC.get().transliterate(word);
            boolean sixthOrderAtEnd = !word.isEmpty() && isSixthOrder(word.charAt(word.length() - 1));
            words.add(sixthOrderAtEnd && latin.length() > 2 && latin.endsWith("i") ? latin.substring(0, latin.length() - 1) : latin);
        }
        return String.join(" ", words);
    }

    /** The syllables of each Ethiopic consonant come in rows of eight; the sixth says the consonant alone. */
    private static boolean isSixthOrder(char c) {
        return c >= '\u1200' && c <= '\u135a' && (c - 0x1200) % 8 == 5;
    }

    /**
     * ICU writes the letters that Latin spells with two (ش sh, ژ zh, خ kh, غ gh) with a line under
     * the h, and ه or ح after س, ز, ک or گ with an h of its own: those are two letters, with the short
     * vowel between them that Arabic script leaves out (زهرا is Zahra, سهیل Suhail, سحر Sahar). Read as
     * "zh" they would be the sound of ژ, and زهرا the name Sara. The vowel is written e, as
     * {@link #apart} reads such letters too.
     */
    private static final java.util.regex.Pattern TWO_LETTERS_NOT_ONE =
            java.util.regex.Pattern.compile("([szkgṣẓḵ])([hḥ])");

    /** إ as ICU writes it: an alif with a hamza below is said i (إبراهيم Ibrahim, إلياس Ilyas: not the article al). */
    private static final String ALIF_WITH_HAMZA_BELOW = "\u1ea1\u0339";

    /**
     * Arabic script writes long vowels with the letters for w and y and leaves short vowels out, and
     * joins the article to the name: "الحوراني" comes out as "alhwrany". Records in Latin letters write
     * "Al Hourani". So: the article becomes a word of its own, and w and y inside a word become the
     * vowels u and i. A word that begins with ʿayn begins with a vowel in Latin letters ("علي" is Ali,
     * "عمر" Omar), and so does one after the article ("العلي" is Al Ali, "العزيز" Al Aziz); elsewhere
     * it is dropped. An alif with a hamza below is i (إلياس is Ilyas, not "al yas").
     */
    private static String arabic(String transliterated) {
        var words = new ArrayList<String>();
        for (String raw : transliterated.split(" ")) {
            String ayn = (raw.startsWith("ʿ") ? "a" + raw.substring(1) : raw).replace("ạlʿ", "ạla")
                    .replace(ALIF_WITH_HAMZA_BELOW, "i");
            ayn = TWO_LETTERS_NOT_ONE.matcher(ayn).replaceAll("$1e$2");
            String word = ASCII.get().transliterate(TO_LATIN.get().transliterate(ayn)).toLowerCase(Locale.ROOT);
            boolean article = word.length() > 4 && (word.startsWith("al") || word.startsWith("el"));
            String w = article ? word.substring(2) : word;
            if (article) {
                words.add("al");
            }
            words.add(w.isEmpty() ? w : w.charAt(0) + w.substring(1).replace('w', 'u').replace('y', 'i'));
        }
        return String.join(" ", words);
    }

    /**
     * The consonant skeleton of one Latin word: spellings of like sounds brought together (the
     * hissing and hushing sounds s, z, sh, sch, sz, ch, zh, cz, rz, and c before e, i and y → S, because
     * records write š as s or sh, ж as zh, j or z, and French spellings write ي و س ف as "Youcef"; kh → h;
     * Albanian xh → j;
     * w → v; ph → f; ck, other c, q, x → k), vowels and the glides j and y dropped
     * (so that Julia, Yulia and Юлия, or Djamel and Jamal, meet), a letter doubled
     * side by side made single. "Mohammed", "Muhammad" and "محمد" all give "mhmd"; "Iwanow" and "Ivanov"
     * give "vnv"; "Boubilal" gives "bbll", not the "bll" of Bilal.
     * A word of vowels only is its own skeleton.
     */
    public static String skeleton(String word) {
        if (word.isEmpty()) {
            return word;
        }
        String s = likeSounds(word);
        var out = new StringBuilder(s.length());
        char last = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isVowel(c) || c == 'y' || c == 'j') {
                last = 0;
                continue;
            }
            if (c != last) {
                out.append(c);
            }
            last = c;
        }
        return out.isEmpty() ? word : out.toString();
    }

    /**
     * The {@link #skeleton} of a word written in Arabic script: there "rz" is r and z (رزان is Razan),
     * never the Polish ż.
     */
    static String arabicSkeleton(String latin) {
        return skeleton(rAndZ(latin));
    }

    private static String rAndZ(String latin) {
        return latin.replace("rz", "rez");
    }

    /**
     * A word with the spellings of like sounds brought together as in its {@link #skeleton}, but its
     * vowels kept: j is read y (Jana and Yana, Julia and Yulia, Albanian Xhonaj and Jonaj), and so is
     * an i before a vowel (Iana, Iurii, Iehor; a first ye then said e, as Yelena and Elena), an o
     * that begins the word u (Arabic writes one short vowel for both: Omar and Umar, Omid and Umid),
     * doubled letters made single. Vera and Wera, Lev and Lew, Sham and Cham come out the same.
     * Short names, whose skeletons many names share, are compared on this.
     */
    static String soundSpelling(String word) {
        if (word.isEmpty()) {
            return word;
        }
        return said(likeSounds(word).replace('j', 'y'));
    }

    /**
     * The word as said when read as Central European spellings write (ch is kh: Zachar, Michajło;
     * c is ts: Kuzniecow, Kowalcuk) and as French spellings write (j is zh: Jukov, Ryjova), where
     * that differs from {@link #soundSpelling}: Latin letters say nothing of which.
     */
    static List<String> otherReadings(String word) {
        var readings = new ArrayList<String>(2);
        if (word.contains("ch") || hardC(word)) {
            String central = word.replaceAll("(?<!s)ch", "kh");
            central = hardC(central) ? tsForC(central) : central;
            readings.add(said(likeSounds(central).replace('j', 'y')));
        }
        if (word.indexOf('j') >= 0) {
            readings.add(said(likeSounds(word.replace("j", "zh"))));
        }
        return readings;
    }

    /** How a word is said: as most romanisations write ({@link #soundSpelling}), then as Central European and French ones do. */
    static String[] readings(String word) {
        var readings = new java.util.LinkedHashSet<String>();
        readings.add(soundSpelling(word));
        readings.addAll(otherReadings(word));
        return readings.toArray(String[]::new);
    }

    private static boolean hardC(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) == 'c' && isHardC(word, i)) {
                return true;
            }
        }
        return false;
    }

    /** A c that is neither part of ch, cz or ck nor before e, i or y. */
    private static boolean isHardC(String word, int i) {
        if (i + 1 >= word.length()) {
            return i > 0;
        }
        char next = word.charAt(i + 1);
        return "hzkeiy".indexOf(next) < 0 && (i == 0 || word.charAt(i - 1) != 's');
    }

    private static String tsForC(String word) {
        var out = new StringBuilder(word.length() + 2);
        for (int i = 0; i < word.length(); i++) {
            out.append(word.charAt(i) == 'c' && isHardC(word, i) ? "ts" : String.valueOf(word.charAt(i)));
        }
        return out.toString();
    }

    private static String said(String s) {
        var out = new StringBuilder(s.length());
        char last = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = i == 0 && s.charAt(0) == 'o' ? 'u' : s.charAt(i);
            boolean beforeVowel = i + 1 < s.length() && isVowel(s.charAt(i + 1));
            if (c == 'i' && beforeVowel && (i > 0 || s.length() > 3)) { // Iana and Jana; not Ian and Jan
                c = 'y';
            } else if (c == 'y' && !beforeVowel && i > 0) {
                c = 'i';
            }
            if (c != last) {
                out.append(c);
            }
            last = c;
        }
        return out.length() > 3 && out.charAt(0) == 'y' && out.charAt(1) == 'e' ? out.substring(1) : out.toString();
    }

    static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }

    /** A skeleton with each run of one letter made single: "bbll" gives "bl", as a script without short vowels writes it. */
    static String singleLetters(String skeleton) {
        var out = new StringBuilder(skeleton.length());
        for (int i = 0; i < skeleton.length(); i++) {
            if (i == 0 || skeleton.charAt(i) != skeleton.charAt(i - 1)) {
                out.append(skeleton.charAt(i));
            }
        }
        return out.toString();
    }

    /**
     * The consonants a word may stand for, each run of one letter made single ({@link #singleLetters}).
     * A word written in Arabic script ({@code unvowelled}) may stand for several: و inside a word is
     * the vowel u or the consonant w (نور is Nur, نوید Navid, پروین Parwin), and an h after s, z, t,
     * d, k, g or p, or a z after r, may be a letter of its own (سهیل is Suhail, رضا read as Persian says it Reza), not a digraph.
     * A word that ends in a or e may also be met by its consonants marked {@link #SAID_VOWEL_AT_END}:
     * the reading of a final ه as a vowel ({@link #consonants(String, String, String)}).
     */
    static String[] consonants(String latin, boolean unvowelled) {
        String plain = singleLetters(skeleton(latin));
        boolean vowelAtEnd = endsInVowel(latin);
        if (!unvowelled && latin.length() >= 4 && latin.endsWith("h") && endsInVowel(latin.substring(0, latin.length() - 1))) {
            return new String[] {plain, singleLetters(skeleton(latin.substring(0, latin.length() - 1))) + UNSAID_H_AT_END};
        }
        if (!unvowelled || latin.length() < 3) {
            return vowelAtEnd ? new String[] {plain, plain + SAID_VOWEL_AT_END} : new String[] {plain};
        }
        var readings = new java.util.LinkedHashSet<String>();
        readings.add(plain);
        String inner = latin.charAt(0) + latin.substring(1, latin.length() - 1).replace('u', 'w')
                + latin.charAt(latin.length() - 1);
        for (String w : new String[] {inner, apart(latin), apart(inner)}) {
            readings.add(singleLetters(skeleton(w)));
        }
        if (vowelAtEnd) {
            for (String reading : List.copyOf(readings)) {
                readings.add(reading + SAID_VOWEL_AT_END);
            }
        }
        return readings.toArray(String[]::new);
    }

    /**
     * The consonants a word written in Arabic script may stand for ({@link #consonants}), read also
     * with the Persian sounds of its letters ({@link #persianWords}: رضا is Reza) and with its final
     * ه said as a vowel ({@link #wordsWithFinalHeSaidAsVowel}). That last reading meets only a word that
     * ends in a vowel: فاطمه is Fatima and Fatemeh, سعیده is Saeeda but not her brother Saeed. A word
     * ending in ة also stands for its consonants marked {@link #UNSAID_H_AT_END} (حمزة meets Hamzah).
     */
    static String[] consonants(String latin, String persian, String finalHeSaid, String spelt) {
        var readings = new java.util.LinkedHashSet<>(List.of(consonants(latin, true)));
        if (latin.endsWith("a") && spelt.endsWith("h")) { // a final ة: read a, spelt as ه
            readings.add(singleLetters(skeleton(latin)) + UNSAID_H_AT_END);
        }
        if (!persian.equals(latin)) {
            readings.addAll(List.of(consonants(persian, true)));
        }
        if (!finalHeSaid.equals(latin)) {
            for (String reading : consonants(finalHeSaid, true)) {
                if (reading.endsWith(SAID_VOWEL_AT_END)) {
                    readings.add(reading);
                }
            }
        }
        return readings.toArray(String[]::new);
    }

    private static boolean endsInVowel(String latin) {
        return !latin.isEmpty() && "ae".indexOf(latin.charAt(latin.length() - 1)) >= 0;
    }

    /** Two letters read apart, not as one sound: "sh" of سه as s-h, "rz" of رضا (Persian rza) as r-z, not the Polish ż. */
    private static String apart(String word) {
        return rAndZ(word.replaceAll("([sztdkgp])h", "$1eh"));
    }

    /** The spellings of like sounds brought together: hissing and hushing sounds to S, kh → h, w → v, ph → f, c, ck, q → k. */
    private static String likeSounds(String word) {
        String s = word.startsWith("chr") || word.startsWith("khr") ? "kr" + word.substring(3) : word;
        if (s.endsWith("ff")) {
            s = s.substring(0, s.length() - 2) + "v";
        }
        s = s.replace("xh", "j").replace("x", "ks")
                .replace("shch", "S").replace("tsch", "S").replace("sch", "S").replace("tch", "S")
                .replace("dzh", "j").replace("dj", "j")
                .replace("sh", "S").replace("sz", "S").replace("cz", "S").replace("ch", "S").replace("zh", "S")
                .replace("rz", "S").replace('s', 'S').replace('z', 'S')
                .replace("kh", "h").replace("gh", "g").replace("ph", "f").replace("th", "t")
                .replace("ck", "k").replace('q', 'k');
        return softC(s).replace('c', 'k').replace('w', 'v');
    }

    /** c before e, i or y is said s (Youcef, Marcel, Cirilo): it joins the hissing sounds. */
    private static String softC(String s) {
        if (s.indexOf('c') < 0) {
            return s;
        }
        var out = new StringBuilder(s);
        for (int i = 0; i < out.length() - 1; i++) {
            char next = out.charAt(i + 1);
            if (out.charAt(i) == 'c' && (next == 'e' || next == 'i' || next == 'y')) {
                out.setCharAt(i, 'S');
            }
        }
        return out.toString();
    }
}
