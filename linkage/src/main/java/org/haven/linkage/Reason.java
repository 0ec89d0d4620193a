package org.haven.linkage;

import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * One piece of evidence for or against two records being the same person, in bits: each bit for
 * doubles the odds, each bit against halves them. The detail (the spellings or dates compared) is
 * written out only when someone reads it: a query scores hundreds of records and shows five.
 */
public final class Reason {

    public enum Field { NAME, BIRTH_DATE, SEX, NATIONALITY, BIRTH_PLACE, MOTHER, FATHER }

    public enum Finding {
        SAME, TRANSLITERATED, DIMINUTIVE, SIMILAR, SWAPPED, PARTLY, DIFFERENT, NOT_COMPARABLE
    }

    private final Field field;
    private final Finding finding;
    private final double bits;
    private final Supplier<String> writeDetail;
    private final boolean sharedBySiblings;
    private String detail; // written once on first reading; a String is safe to share however it is published

    public Reason(Field field, Finding finding, String detail, double bits) {
        this(field, finding, () -> detail, bits);
        Objects.requireNonNull(detail, "detail");
    }

    private Reason(Field field, Finding finding, Supplier<String> writeDetail, double bits) {
        this(field, finding, writeDetail, bits, field == Field.MOTHER || field == Field.FATHER
                || field == Field.BIRTH_PLACE || field == Field.NATIONALITY);
    }

    private Reason(Field field, Finding finding, Supplier<String> writeDetail, double bits, boolean sharedBySiblings) {
        this.field = Objects.requireNonNull(field, "field");
        this.finding = Objects.requireNonNull(finding, "finding");
        this.writeDetail = writeDetail;
        this.bits = bits;
        this.sharedBySiblings = sharedBySiblings;
    }

    /** A reason whose detail is written when first read. */
    static Reason withDetail(Field field, Finding finding, Supplier<String> detail, double bits) {
        return new Reason(field, finding, Objects.requireNonNull(detail, "detail"), bits);
    }

    /**
     * The same reason, about something brothers and sisters share ({@code true}: the family name,
     * the parents, the place of birth, the nationality) or something that tells them apart (a given
     * name, the date of birth, the sex).
     */
    Reason sharedBySiblings(boolean shared) {
        return shared == sharedBySiblings ? this : new Reason(field, finding, writeDetail, bits, shared);
    }

    /** Whether brothers and sisters would agree on it as the child herself would ({@link #sharedBySiblings(boolean)}). */
    boolean isSharedBySiblings() {
        return sharedBySiblings;
    }

    public Field field() {
        return field;
    }

    public Finding finding() {
        return finding;
    }

    public String detail() {
        String written = detail;
        if (written == null) {
            written = Objects.requireNonNull(writeDetail.get(), "detail");
            detail = written;
        }
        return written;
    }

    public double bits() {
        return bits;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Reason r && field == r.field && finding == r.finding
                && Double.compare(bits, r.bits) == 0 && sharedBySiblings == r.sharedBySiblings && detail().equals(r.detail());
    }

    @Override
    public int hashCode() {
        return Objects.hash(field, finding, detail(), bits, sharedBySiblings);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s %s%s (%+.1f)", field.name().toLowerCase(Locale.ROOT).replace('_', ' '),
                finding.name().toLowerCase(Locale.ROOT).replace('_', ' '), detail().isEmpty() ? "" : ": " + detail(), bits);
    }
}
