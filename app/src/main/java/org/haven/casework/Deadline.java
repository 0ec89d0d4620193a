package org.haven.casework;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * How long a step may take from the event that starts it. Hours are elapsed time; days are calendar
 * days on the country's clock (the same time of day, whatever a change to or from summer time does
 * to the number of hours); working days skip Saturdays and Sundays.
 */
public record Deadline(int amount, Unit unit) {

    public enum Unit { HOURS, DAYS, WORKING_DAYS }

    static final int MAX_HOURS = 24 * 366;
    static final int MAX_DAYS = 366;

    public Deadline {
        if (unit == null || amount < 1 || amount > (unit == Unit.HOURS ? MAX_HOURS : MAX_DAYS)) {
            throw new IllegalArgumentException("A deadline is 1 to " + MAX_DAYS + " days or 1 to " + MAX_HOURS + " hours");
        }
    }

    public Instant after(Instant start, ZoneId zone) {
        return switch (unit) {
            case HOURS -> start.plus(Duration.ofHours(amount));
            case DAYS -> start.atZone(zone).plusDays(amount).toInstant();
            case WORKING_DAYS -> addWorkingDays(start.atZone(zone)).toInstant();
        };
    }

    private ZonedDateTime addWorkingDays(ZonedDateTime from) {
        var day = from;
        int left = amount;
        while (left > 0) {
            day = day.plusDays(1);
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return day;
    }

    @Override
    public String toString() {
        return amount + " " + unit;
    }
}
