package org.haven.linkage;

import java.util.ArrayList;
import java.util.List;

import static org.haven.linkage.Reason.Field;
import static org.haven.linkage.Reason.Finding;

/**
 * Weighs the evidence that two records are one person, field by field, in bits (log2 of the
 * likelihood ratio, as in the Fellegi–Sunter model), and turns the sum into a score from 0 to 1.
 * The weights are set by reasoning about how often each kind of agreement happens by chance and
 * how often each kind of error happens in real records; they are documented in docs/matching.md.
 */
final class Scorer {

    /** Bits at which the score is one half; the prior odds against a candidate pair after blocking. */
    static final double OFFSET = 4.6;
    /** How steeply the score rises with evidence, per bit. */
    static final double SLOPE = 0.45;
    /** Against, when both places of birth are listed ({@link Places}) and are two places: as two spellings nothing alike. */
    static final double OTHER_LISTED_PLACE = NameComparison.against(-1, 0);
    /** What agreement on a parent's name is worth, as a share of what the child's own name would be ({@link #parentAgrees}). */
    static final double PARENT_SHARE_OF_RARITY = 0.6;
    /**
     * The odds, in bits, of the child being a brother or sister of a record who is not in the records,
     * against being the record's child itself, before anything is compared ({@link #asSiblingBits}).
     */
    static final double SIBLING_PRIOR = -4;
    /** Twins share a date of birth: one sibling pair in twenty or so, against one in 4,000 for two children of different families. */
    static final double TWINS_DATE = 7;
    /** What a first given name agreeing with the other's second is worth, of its bits ({@link #part}). */
    static final double FIRST_FOR_SECOND = 0.4;
    /** Brothers and sisters are not given one name. */
    static final double SIBLINGS_GIVEN_NAME = -5;
    /** Vietnamese middle names that say the sex, Văn a boy, Thị a girl: brothers, or sisters, share them. */
    private static final java.util.Set<String> SEX_MIDDLE_NAMES = java.util.Set.of("van", "thi");
    /** Against, when the records give the children different sexes. */
    static final double OTHER_SEX = -6;
    /** How often a sex is written wrong: one writing in two hundred. */
    static final double SEX_SLIPS = 0.005;
    /** Against, when a record leaves out the sex and its given name tells the other one. */
    static final double NAME_TELLS_OTHER_SEX = -3;

    private final Rarity rarity;
    private final NameSexes nameSexes;

    Scorer(Rarity rarity, NameSexes nameSexes) {
        this.rarity = rarity;
        this.nameSexes = nameSexes;
    }

    static double scoreOf(double bits) {
        return 1.0 / (1.0 + Math.exp(-SLOPE * (bits - OFFSET)));
    }

    /** The inverse of {@link #scoreOf(double)}. */
    static double bitsOf(double score) {
        double s = Math.min(Math.max(score, 1e-12), 1 - 1e-12);
        return OFFSET - Math.log(1 / s - 1) / SLOPE;
    }

    List<Reason> compare(Profile query, Profile record) {
        var reasons = new ArrayList<Reason>();
        reasons.addAll(names(query, record));
        reasons.add(BirthDates.compare(query.birthDate(), record.birthDate()));
        sex(query, record, reasons);
        nationality(query, record, reasons);
        place(query, record, reasons);
        parent(Field.MOTHER, query.mother, record.mother, reasons);
        parent(Field.FATHER, query.father, record.father, reasons);
        reasons.removeIf(r -> r.finding() == Finding.NOT_COMPARABLE && r.field() != Field.NAME);
        return reasons;
    }

    static double bits(List<Reason> reasons) {
        double bits = 0;
        for (Reason reason : reasons) {
            bits += reason.bits();
        }
        return bits;
    }

    /**
     * The best reading of the names among: given with given and family with family; the two swapped
     * (a frequent error, and the order differs between cultures); and all words of both records
     * against each other, which lets other names and aliases count.
     */
    private List<Reason> names(Profile q, Profile r) {
        if (!q.hasName() || !r.hasName()) {
            return List.of(new Reason(Field.NAME, Finding.NOT_COMPARABLE, "", 0));
        }
        var similarities = new Similarities(q.allNames(), r.allNames());
        List<Reason> straight = new ArrayList<>();
        part("given names", q.given, r.given, -5, false, true, similarities, straight);
        part("family name", q.family, r.family, -6, true, false, similarities, straight);
        List<Reason> swapped = new ArrayList<>();
        part("given names as family name", q.given, r.family, -5.5, true, false, similarities, swapped);
        part("family name as given names", q.family, r.given, -5.5, false, false, similarities, swapped);
        if (!swapped.isEmpty()) {
            swapped.add(new Reason(Field.NAME, Finding.SWAPPED, "given and family names swapped", -1).sharedBySiblings(true));
        }
        List<Reason> anyOrder = allWords(similarities, q, r);
        List<Reason> best = straight;
        for (List<Reason> reading : List.of(swapped, anyOrder)) {
            if (!reading.isEmpty() && (best.isEmpty() || bits(reading) > bits(best))) {
                best = reading;
            }
        }
        // only a given name on one side and only a family name on the other: that they differ says
        // they were not swapped, not that the children differ
        return best.isEmpty() || (straight.isEmpty() && bits(best) < 0)
                ? List.of(new Reason(Field.NAME, Finding.NOT_COMPARABLE, "", 0)) : best;
    }

    /**
     * {@code familyWide}: the part compared is the family name, which brothers and sisters share.
     * {@code inOrder}: the part is the given names, whose order counts: a first given name that
     * agrees only with the other record's second one (Matas for Jokūbėlis Matas, Răzvan for Andrei
     * Răzvan), the other first name left out or unlike, is worth {@link #FIRST_FOR_SECOND} of its
     * bits. Records leave out a second given name far oftener than a first, and a brother is often
     * given as his first name what is a sibling's second; as a sibling may so share it, the reason
     * counts for the sibling too ({@link #asSiblingBits}). The words run together count as the first.
     * A very common first name left out for the next (Mohammad Ali for Ali, Thi Lan for Lan) is
     * lessened too: sparing names held by one child in sixty cost 0.0001 to 0.0004 of F1 at 100k, on
     * data that never leaves out a first name, so what it would gain on real records could not be
     * weighed.
     */
    private void part(String label, Word[] q, Word[] r, double against, boolean familyWide, boolean inOrder,
            Similarities similarities, List<Reason> out) {
        if (q.length == 0 || r.length == 0) {
            return;
        }
        var pair = NameComparison.bestPair(q, r, rarity, (x, y) -> wordByWord(similarities.applyAsDouble(x, y),
                Profile.isRunTogether(x, q) && Profile.isRunTogether(y, r)));
        double bits = NameComparison.bits(pair, against);
        Reason second = bits > 0 ? secondWord(label, q, r, pair, similarities) : null;
        boolean firstForSecond = inOrder && bits > 0 && (second == null || second.bits() < 0)
                && isFirst(pair.query(), q) != isFirst(pair.record(), r);
        String shown = firstForSecond ? label + " (one's first, the other's second)" : label;
        out.add(Reason.withDetail(Field.NAME, pair.finding(), () -> shown + " " + pair.detail(),
                firstForSecond ? FIRST_FOR_SECOND * bits : bits)
                .sharedBySiblings(familyWide || firstForSecond || SEX_MIDDLE_NAMES.contains(pair.query().latin())));
        if (second != null) {
            out.add(second.sharedBySiblings(familyWide));
        }
    }

    /**
     * Two names of several words each are compared word by word: their forms run together are there
     * to meet a name written as one word, and two of them alike only as far as {@link NameComparison#SIMILAR}
     * say no more than their words do ("Thu Hoang" and "Thi Khanh" run together are alike; neither word is).
     */
    private static double wordByWord(double similarity, boolean bothRunTogether) {
        return bothRunTogether && similarity < NameComparison.VARIANT ? 0 : similarity;
    }

    /** The first given name, or all of them run together, which begins with it. */
    private static boolean isFirst(Word word, Word[] words) {
        return word == words[0] || Profile.isRunTogether(word, words);
    }

    /**
     * When both names have another word besides the agreeing one ("Kim Chau" and "Kim Bich"), that
     * word counts too: a little for, more against. Null when either has no other word.
     */
    private Reason secondWord(String label, Word[] q, Word[] r, NameComparison.Pair first, Similarities similarities) {
        Word[] qRest = rest(q, first.query());
        Word[] rRest = rest(r, first.record());
        if (qRest.length == 0 || rRest.length == 0) {
            return null;
        }
        var second = NameComparison.bestPair(qRest, rRest, rarity, similarities);
        return second.similarity() >= NameComparison.VARIANT
                ? Reason.withDetail(Field.NAME, second.finding(), () -> "another of the " + label + " " + second.detail(), 3)
                : Reason.withDetail(Field.NAME, Reason.Finding.DIFFERENT, () -> "another of the " + label + " " + second.detail(),
                NameComparison.against(-4, second.similarity()));
    }

    /**
     * The words of a name other than {@code used} and the form of them all run together, which holds
     * it; none when {@code used} is that form. (Until stop 27 any word that held the used one, or was
     * held by it, was left out, so that Anh Khanh and Anh Hao compared no second given name: Khanh
     * holds Anh.)
     */
    private static Word[] rest(Word[] words, Word used) {
        if (Profile.isRunTogether(used, words)) {
            return new Word[0];
        }
        var rest = new ArrayList<Word>();
        for (Word w : words) {
            if (w != used && !Profile.isRunTogether(w, words)) {
                rest.add(w);
            }
        }
        return rest.toArray(Word[]::new);
    }

    /** Up to two agreeing words in any position; worth less than agreement in the right places. */
    private List<Reason> allWords(Similarities similarities, Profile q, Profile r) {
        Word[] qs = similarities.query;
        Word[] rs = similarities.record;
        int needed = Math.min(2, Math.min(q.distinctWords(), r.distinctWords()));
        var pairs = new ArrayList<NameComparison.Pair>();
        for (Word x : qs) {
            for (Word y : rs) {
                pairs.add(new NameComparison.Pair(x, y,
                        wordByWord(similarities.applyAsDouble(x, y), isRunTogetherIn(x, q) && isRunTogetherIn(y, r)),
                        NameComparison.rarityOf(x, y, rarity)));
            }
        }
        pairs.sort(NameComparison.ORDER);
        var reasons = new ArrayList<Reason>();
        var usedOfQuery = new ArrayList<Word>();
        var usedOfRecord = new ArrayList<Word>();
        for (var pair : pairs) {
            if (reasons.size() == needed) {
                break;
            }
            if (overlaps(pair.query(), usedOfQuery) || overlaps(pair.record(), usedOfRecord)) {
                continue;
            }
            usedOfQuery.add(pair.query());
            usedOfRecord.add(pair.record());
            double bits = NameComparison.bits(pair, -5);
            reasons.add(Reason.withDetail(Field.NAME, pair.finding(), () -> "name in another position " + pair.detail(),
                    bits > 0 ? 0.5 * bits : bits).sharedBySiblings(isOneOf(pair.record(), r.family)));
        }
        return reasons.size() == needed ? reasons : List.of();
    }

    private static boolean isRunTogetherIn(Word word, Profile p) {
        return Profile.isRunTogether(word, p.given) || Profile.isRunTogether(word, p.family)
                || Profile.isRunTogether(word, p.other);
    }

    private static boolean isOneOf(Word word, Word[] words) {
        for (Word w : words) {
            if (w == word) {
                return true;
            }
        }
        return false;
    }

    /**
     * The evidence, in bits, that the child asked about is not this record's child but a brother or
     * sister of it who is not in the records: the findings that siblings share count as for the child
     * (family name, parents, place of birth, nationality); a given name that differs says nothing
     * against it (siblings are given different names), one that agrees says much
     * ({@link #SIBLINGS_GIVEN_NAME}); a date of birth that agrees is a twin's, worth as much less than
     * for the child as {@link #TWINS_DATE} is less than the same date for her (a day and month
     * swapped, a year and month), and the sex says nothing. Twins and siblings share everything but the given name, so without this
     * a twin sister outscores most true matches with a typo.
     */
    double asSiblingBits(List<Reason> reasons) {
        boolean swapped = reasons.stream().anyMatch(r -> r.field() == Field.NAME && r.finding() == Finding.SWAPPED);
        // names read swapped: either record may be the one that swapped them, so either part may be the given name
        return swapped ? Math.max(asSiblingBits(reasons, false), asSiblingBits(reasons, true))
                : asSiblingBits(reasons, false);
    }

    private static double asSiblingBits(List<Reason> reasons, boolean otherPartIsTheGivenName) {
        double bits = SIBLING_PRIOR;
        boolean givenNameAgrees = false;
        for (Reason reason : reasons) {
            boolean namePart = reason.field() == Field.NAME && reason.finding() != Finding.SWAPPED;
            boolean shared = namePart && otherPartIsTheGivenName ? !reason.isSharedBySiblings() : reason.isSharedBySiblings();
            if (shared) {
                bits += reason.bits();
            } else if (reason.field() == Field.NAME && reason.bits() > 0) {
                givenNameAgrees = true;
            } else if (reason.field() == Field.BIRTH_DATE && reason.bits() > 0) {
                bits += Math.max(0, reason.bits() - BirthDates.SAME_DATE + TWINS_DATE);
            }
        }
        return givenNameAgrees ? bits + SIBLINGS_GIVEN_NAME : bits;
    }

    /** A word run together from others ("abdulrahman") overlaps the words it was made of. */
    private static boolean overlaps(Word word, List<Word> used) {
        for (Word u : used) {
            if (u.latin().contains(word.latin()) || word.latin().contains(u.latin())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Sex as recorded; where one record leaves it out, as its first given name tells it
     * ({@link NameSexes}), against a little less: a twin brother, or a sister with the same family
     * name, is told apart from the child by it.
     */
    private void sex(Profile q, Profile r, List<Reason> out) {
        if (q.sex() != PersonRecord.Sex.UNKNOWN && r.sex() != PersonRecord.Sex.UNKNOWN) {
            if (q.sex() == r.sex()) {
                out.add(new Reason(Field.SEX, Finding.SAME, "", 0.3));
            } else if (writtenAgainstTheName(q, r) || writtenAgainstTheName(r, q)) {
                double bits = Math.max(bitsWrittenAgainstTheName(q), bitsWrittenAgainstTheName(r));
                out.add(new Reason(Field.SEX, Finding.DIFFERENT, "written against the given name", bits));
            } else {
                out.add(new Reason(Field.SEX, Finding.DIFFERENT, "", OTHER_SEX));
            }
            return;
        }
        var qs = q.sex() != PersonRecord.Sex.UNKNOWN ? q.sex() : nameSexes.sexOf(q);
        var rs = r.sex() != PersonRecord.Sex.UNKNOWN ? r.sex() : nameSexes.sexOf(r);
        if (qs != PersonRecord.Sex.UNKNOWN && rs != PersonRecord.Sex.UNKNOWN && qs != rs) {
            out.add(new Reason(Field.SEX, Finding.DIFFERENT, "told by the given name", NAME_TELLS_OTHER_SEX));
        }
    }

    /**
     * Whether {@code one} records the sex its own first given name does not tell ({@link NameSexes}:
     * Marija written down as a boy) and {@code other} the sex it does. A slip of the pen (one writing
     * in two hundred) then explains the two records as well as two children do: the sex written
     * says nothing, the names decide.
     */
    private boolean writtenAgainstTheName(Profile one, Profile other) {
        var told = nameSexes.sexOf(one);
        return told != PersonRecord.Sex.UNKNOWN && told != one.sex() && told == other.sex();
    }

    /**
     * How much a sex written against the record's own given name still says: a slip (one writing
     * in {@link #SEX_SLIPS}) against the children of that name who are of the sex written (Andrea
     * is a boy's name in Albania, a girl's elsewhere: the fewer, the likelier the slip), at most
     * the {@link #OTHER_SEX} of two children, at least 0.
     */
    private double bitsWrittenAgainstTheName(Profile one) {
        double share = nameSexes.shareOf(one, one.sex());
        if (Double.isNaN(share) || share >= 1) {
            return OTHER_SEX;
        }
        return Math.min(0, Math.max(OTHER_SEX, Math.log(SEX_SLIPS / Math.max(share, 1e-9)) / Math.log(2)));
    }

    private static void nationality(Profile q, Profile r, List<Reason> out) {
        if (q.nationalities.isEmpty() || r.nationalities.isEmpty()) {
            return;
        }
        boolean shared = q.nationalities.stream().anyMatch(r.nationalities::contains);
        out.add(shared ? new Reason(Field.NATIONALITY, Finding.SAME, "", 1)
                : new Reason(Field.NATIONALITY, Finding.DIFFERENT, "", -1.5));
    }

    private static void place(Profile q, Profile r, List<Reason> out) {
        if (q.birthPlace.length == 0 || r.birthPlace.length == 0) {
            return;
        }
        var pair = NameComparison.bestPair(placeWords(q.birthPlace), placeWords(r.birthPlace), skeleton -> 0);
        if (q.place != null && r.place != null) {
            out.add(listedPlaces(q, r, pair.similarity() >= NameComparison.SAME));
            return;
        }
        out.add(pair.similarity() >= NameComparison.VARIANT
                ? Reason.withDetail(Field.BIRTH_PLACE, pair.finding(), pair::detail, 2.5)
                : Reason.withDetail(Field.BIRTH_PLACE, Finding.DIFFERENT, pair::detail,
                        Math.min(0, NameComparison.against(-1, pair.similarity()))));
    }

    /**
     * The words of a place worth comparing: those of three letters or more, if it has any. Hà Nội,
     * misspelt "Ha No", is not Hà Tĩnh by its "Ha".
     */
    private static Word[] placeWords(Word[] words) {
        Word[] longer = java.util.Arrays.stream(words).filter(w -> w.latin().length() >= 3).toArray(Word[]::new);
        return longer.length == 0 ? words : longer;
    }

    /** Two places of birth both listed ({@link Places}): Lwów and Lviv are one place, Hà Nội and Hà Tĩnh two. */
    private static Reason listedPlaces(Profile q, Profile r, boolean spelledAlike) {
        if (!q.place.equals(r.place)) {
            return Reason.withDetail(Field.BIRTH_PLACE, Finding.DIFFERENT, () -> q.place + " / " + r.place,
                    OTHER_LISTED_PLACE);
        }
        return spelledAlike ? new Reason(Field.BIRTH_PLACE, Finding.SAME, q.place, 2.5)
                : Reason.withDetail(Field.BIRTH_PLACE, Finding.TRANSLITERATED, () -> q.place + ": "
                        + NameForms.latin(q.record.birthPlace()) + " / " + NameForms.latin(r.record.birthPlace()), 2.5);
    }

    private void parent(Field field, Word[] q, Word[] r, List<Reason> out) {
        if (q.length == 0 || r.length == 0) {
            return;
        }
        var pair = NameComparison.bestPair(q, r, skeleton -> 0);
        out.add(pair.similarity() >= NameComparison.VARIANT
                ? Reason.withDetail(field, pair.finding(), pair::detail, parentAgrees(pair))
                : Reason.withDetail(field, Finding.DIFFERENT, pair::detail, NameComparison.against(-3.5, pair.similarity())));
    }

    /**
     * Bits for a parent's name that agrees: the rarer the name among the children's names, the more
     * (Zuhzanna says more than Fatima), {@link #PARENT_SHARE_OF_RARITY} of what the child's own name
     * would be worth, between 2.5 and 6 bits. On the shown candidates at 100,000 records, seed 1, the
     * flat 3.5 bits it replaced was worth 4.2 to 4.7 on average, and more for rare names than for common
     * ones (docs/matching.md).
     */
    private double parentAgrees(NameComparison.Pair pair) {
        double bits = PARENT_SHARE_OF_RARITY * NameComparison.rarityOf(pair.query(), pair.record(), rarity);
        return Math.max(2.5, Math.min(6, bits));
    }

    /**
     * How alike each name word of the query is to each of the record, each computed once: the names
     * are read several ways (in place, swapped, any position), each over the same pairs of words.
     */
    private static final class Similarities implements java.util.function.ToDoubleBiFunction<Word, Word> {

        final Word[] query;
        final Word[] record;
        private final double[] values;

        Similarities(Word[] query, Word[] record) {
            this.query = query;
            this.record = record;
            this.values = new double[query.length * record.length];
            java.util.Arrays.fill(values, Double.NaN);
        }

        @Override
        public double applyAsDouble(Word x, Word y) {
            int i = indexOf(query, x);
            int j = indexOf(record, y);
            if (i < 0 || j < 0) {
                return NameComparison.similarity(x, y);
            }
            int at = i * record.length + j;
            if (Double.isNaN(values[at])) {
                values[at] = NameComparison.similarity(x, y);
            }
            return values[at];
        }

        private static int indexOf(Word[] words, Word word) {
            for (int i = 0; i < words.length; i++) {
                if (words[i] == word) {
                    return i;
                }
            }
            return -1;
        }
    }
}
