package org.haven.linkage;

import static org.haven.linkage.Reason.Field.BIRTH_DATE;
import static org.haven.linkage.Reason.Finding;

/**
 * Compares dates of birth at the precision both records have, forgiving the errors records really
 * carry: day and month swapped (US and European order), a year off by one (ages estimated), a typo
 * in the day. Symmetric: the order of the two dates never changes the result.
 */
final class BirthDates {

    private BirthDates() {
    }

    static Reason compare(BirthDate a, BirthDate b) {
        if (!a.isKnown() || !b.isKnown()) {
            return new Reason(BIRTH_DATE, Finding.NOT_COMPARABLE, "", 0);
        }
        String detail = a.equals(b) ? a.toString() : a + " / " + b;
        int years = Math.abs(a.year() - b.year());
        if (a.hasDay() && b.hasDay()) {
            return fullDates(a, b, years, detail);
        }
        if (years == 0) {
            if (a.hasMonth() && b.hasMonth()) {
                return a.month() == b.month()
                        ? new Reason(BIRTH_DATE, Finding.PARTLY, "same year and month " + detail, 6)
                        : new Reason(BIRTH_DATE, Finding.DIFFERENT, "same year, other month " + detail, -2);
            }
            return new Reason(BIRTH_DATE, Finding.PARTLY, "same year " + detail, 3);
        }
        return years == 1 ? new Reason(BIRTH_DATE, Finding.SIMILAR, "a year apart " + detail, 0.5)
                : years == 2 ? new Reason(BIRTH_DATE, Finding.DIFFERENT, detail, -7)
                : new Reason(BIRTH_DATE, Finding.DIFFERENT, detail, -14);
    }

    private static Reason fullDates(BirthDate a, BirthDate b, int years, String detail) {
        if (a.equals(b)) {
            return new Reason(BIRTH_DATE, Finding.SAME, detail, 10);
        }
        boolean sameDayOfYear = a.month() == b.month() && a.day() == b.day();
        if (years == 0 && a.month() == b.day() && a.day() == b.month()) {
            return new Reason(BIRTH_DATE, Finding.SWAPPED, "day and month swapped " + detail, 7.5);
        }
        if (years == 0 && a.month() == b.month()) {
            return new Reason(BIRTH_DATE, Finding.SIMILAR, "same month, other day " + detail, 3);
        }
        if (years == 1 && sameDayOfYear) {
            return new Reason(BIRTH_DATE, Finding.SIMILAR, "same day, a year apart " + detail, 2.5);
        }
        if (years == 0) {
            return new Reason(BIRTH_DATE, Finding.DIFFERENT, "same year " + detail, -3);
        }
        return new Reason(BIRTH_DATE, Finding.DIFFERENT, detail, years == 1 ? -7 : years == 2 ? -10 : -14);
    }
}
