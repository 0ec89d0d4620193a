package org.haven.linkage;

import java.util.Locale;

/**
 * One piece of evidence for or against two records being the same person, in bits: each bit for
 * doubles the odds, each bit against halves them.
 */
public record Reason(Field field, Finding finding, String detail, double bits) {

    public enum Field { NAME, BIRTH_DATE, SEX, NATIONALITY, BIRTH_PLACE, MOTHER, FATHER }

    public enum Finding {
        SAME, TRANSLITERATED, DIMINUTIVE, SIMILAR, SWAPPED, PARTLY, DIFFERENT, NOT_COMPARABLE
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s %s%s (%+.1f)", field.name().toLowerCase(Locale.ROOT).replace('_', ' '),
                finding.name().toLowerCase(Locale.ROOT).replace('_', ' '), detail.isEmpty() ? "" : ": " + detail, bits);
    }
}
