package org.haven.linkage;

import static org.haven.linkage.Reason.Field.BIRTH_DATE;
import static org.haven.linkage.Reason.Finding;

import java.util.function.Supplier;

/**
 * Compares dates of birth at the precision both records have, forgiving the errors records really
 * carry: day and month swapped (US and European order), a year off by one (ages estimated), a typo
 * in the day. Symmetric: the order of the two dates never changes the result.
 */
final class BirthDates {

    /** Two full dates of birth that are the same day. */
    static final double SAME_DATE = 10;

    private BirthDates() {
    }

    static Reason compare(BirthDate a, BirthDate b) {
        if (!a.isKnown() || !b.isKnown()) {
            return new Reason(BIRTH_DATE, Finding.NOT_COMPARABLE, "", 0);
        }
        Supplier<String> detail = () -> a.equals(b) ? a.toString() : a + " / " + b;
        int years = Math.abs(a.year() - b.year());
        if (a.hasDay() && b.hasDay()) {
            return fullDates(a, b, years, detail);
        }
        if (years == 0) {
            if (a.hasMonth() && b.hasMonth()) {
                return a.month() == b.month()
                        ? Reason.withDetail(BIRTH_DATE, Finding.PARTLY, () -> "same year and month " + detail.get(), 6)
                        : Reason.withDetail(BIRTH_DATE, Finding.DIFFERENT, () -> "same year, other month " + detail.get(), -2);
            }
            return Reason.withDetail(BIRTH_DATE, Finding.PARTLY, () -> "same year " + detail.get(), 3);
        }
        return years == 1 ? Reason.withDetail(BIRTH_DATE, Finding.SIMILAR, () -> "a year apart " + detail.get(),
                        a.hasMonth() && b.hasMonth() ? -1.5 : 0.5)
                : years == 2 ? Reason.withDetail(BIRTH_DATE, Finding.DIFFERENT, detail, -7)
                : Reason.withDetail(BIRTH_DATE, Finding.DIFFERENT, detail, -14);
    }

    private static Reason fullDates(BirthDate a, BirthDate b, int years, Supplier<String> detail) {
        if (a.equals(b)) {
            return Reason.withDetail(BIRTH_DATE, Finding.SAME, detail, SAME_DATE);
        }
        boolean sameDayOfYear = a.month() == b.month() && a.day() == b.day();
        if (years == 0 && a.month() == b.day() && a.day() == b.month()) {
            return Reason.withDetail(BIRTH_DATE, Finding.SWAPPED, () -> "day and month swapped " + detail.get(), 7.5);
        }
        if (years == 0 && a.month() == b.month()) {
            return Reason.withDetail(BIRTH_DATE, Finding.SIMILAR, () -> "same month, other day " + detail.get(), 3);
        }
        if (years == 1 && sameDayOfYear) {
            return Reason.withDetail(BIRTH_DATE, Finding.SIMILAR, () -> "same day, a year apart " + detail.get(), 2.5);
        }
        if (years == 0) {
            return Reason.withDetail(BIRTH_DATE, Finding.DIFFERENT, () -> "same year " + detail.get(), -3);
        }
        return Reason.withDetail(BIRTH_DATE, Finding.DIFFERENT, detail, years == 1 ? -7 : years == 2 ? -10 : -14);
    }
}
