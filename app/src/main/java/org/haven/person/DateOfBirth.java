package org.haven.person;

import org.haven.platform.DomainRuleViolation;

import java.time.LocalDate;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.util.Optional;

/**
 * A date of birth known exactly, to the month, to the year, or only as an estimated range; stored
 * as the earliest and latest possible dates so that every precision answers the same questions.
 */
public record DateOfBirth(Precision precision, LocalDate earliest, LocalDate latest) {

    public enum Precision { EXACT, MONTH, YEAR, ESTIMATED, UNKNOWN }

    private static final LocalDate OLDEST_PLAUSIBLE = LocalDate.of(1900, 1, 1);

    public DateOfBirth {
        if (precision == null) {
            throw new DomainRuleViolation("child.dob.invalid");
        }
        if (precision != Precision.UNKNOWN) {
            if (earliest == null || latest == null || earliest.isAfter(latest)
                    || earliest.isBefore(OLDEST_PLAUSIBLE)) {
                throw new DomainRuleViolation("child.dob.invalid");
            }
        }
    }

    public static DateOfBirth exact(LocalDate date) {
        return new DateOfBirth(Precision.EXACT, date, date);
    }

    public static DateOfBirth month(YearMonth month) {
        return new DateOfBirth(Precision.MONTH, month.atDay(1), month.atEndOfMonth());
    }

    public static DateOfBirth year(Year year) {
        return new DateOfBirth(Precision.YEAR, year.atDay(1), year.atMonth(12).atEndOfMonth());
    }

    /** From an estimate such as "between 13 and 15 years old" made on {@code assessedOn}. */
    public static DateOfBirth estimatedAge(int youngest, int oldest, LocalDate assessedOn) {
        if (youngest < 0 || oldest < youngest || oldest > 30) {
            throw new DomainRuleViolation("child.dob.estimate.invalid");
        }
        return new DateOfBirth(Precision.ESTIMATED, assessedOn.minusYears(oldest + 1L).plusDays(1),
                assessedOn.minusYears(youngest));
    }

    public static DateOfBirth unknown() {
        return new DateOfBirth(Precision.UNKNOWN, null, null);
    }

    public boolean isKnown() {
        return precision != Precision.UNKNOWN;
    }

    /** Possible ages on a day; empty when nothing is known. */
    public Optional<AgeRange> ageOn(LocalDate day) {
        if (!isKnown()) {
            return Optional.empty();
        }
        int youngest = Math.max(0, Period.between(latest, day).getYears());
        int oldest = Math.max(0, Period.between(earliest, day).getYears());
        return Optional.of(new AgeRange(youngest, oldest));
    }

    /**
     * Presumption of minority: while any possible age is under 18, or the age is unknown, the person
     * is treated as a child until an age assessment decides otherwise.
     */
    public boolean presumedChildOn(LocalDate day) {
        return ageOn(day).map(age -> age.youngest() < 18).orElse(true);
    }

    void checkNotInFuture(LocalDate today) {
        if (isKnown() && earliest.isAfter(today)) {
            throw new DomainRuleViolation("child.dob.future");
        }
    }
}
