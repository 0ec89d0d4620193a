package org.haven.linkage;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A date of birth known to the day, to the month, to the year, or not at all. Values that cannot
 * exist (a 31st of February) are not accepted; the reader decides what to do with them.
 */
public record BirthDate(int year, int month, int day) {

    public static final BirthDate UNKNOWN = new BirthDate(0, 0, 0);
    private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    public BirthDate {
        if (year == 0 ? (month != 0 || day != 0) : (year < 1000 || year > 9999)) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
        if (month < 0 || month > 12 || (month == 0 && day != 0)) {
            throw new IllegalArgumentException("month out of range: " + month);
        }
        if (day != 0) {
            try {
                LocalDate.of(year, month, day);
            } catch (DateTimeException notADay) {
                throw new IllegalArgumentException("no such day: " + year + "-" + month + "-" + day);
            }
        }
    }

    /** Reads {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}; empty text is unknown; anything else is empty. */
    public static Optional<BirthDate> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.of(UNKNOWN);
        }
        var m = FORM.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new BirthDate(Integer.parseInt(m.group(1)),
                    m.group(2) == null ? 0 : Integer.parseInt(m.group(2)),
                    m.group(3) == null ? 0 : Integer.parseInt(m.group(3))));
        } catch (IllegalArgumentException impossible) {
            return Optional.empty();
        }
    }

    /**
     * What can be kept of a date written wrongly: the year when the text starts with a plausible
     * one ("2011-13-45", "2011/05/05"), otherwise unknown.
     */
    public static BirthDate yearOf(String text) {
        var m = Pattern.compile("\\s*(\\d{4})\\b.*").matcher(text == null ? "" : text);
        if (m.matches()) {
            int year = Integer.parseInt(m.group(1));
            if (year >= 1000) {
                return new BirthDate(year, 0, 0);
            }
        }
        return UNKNOWN;
    }

    public static BirthDate of(LocalDate date) {
        return new BirthDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    public boolean isKnown() {
        return year != 0;
    }

    public boolean hasMonth() {
        return month != 0;
    }

    public boolean hasDay() {
        return day != 0;
    }

    @Override
    public String toString() {
        if (!isKnown()) {
            return "";
        }
        return hasDay() ? "%04d-%02d-%02d".formatted(year, month, day)
                : hasMonth() ? "%04d-%02d".formatted(year, month) : "%04d".formatted(year);
    }
}
