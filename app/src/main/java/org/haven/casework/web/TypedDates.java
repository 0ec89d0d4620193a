package org.haven.casework.web;

import org.haven.platform.DomainRuleViolation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/** Dates and times as HTML date and datetime-local fields send them; empty is none, anything else is explained. */
final class TypedDates {

    private TypedDates() {
    }

    static LocalDate date(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(typed.strip());
        } catch (DateTimeParseException notADate) {
            throw new DomainRuleViolation("form.date.invalid");
        }
    }

    /** A date and time typed on the user's own clock. */
    static Instant moment(String typed, ZoneId zone) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(typed.strip()).atZone(zone).toInstant();
        } catch (DateTimeParseException notADate) {
            throw new DomainRuleViolation("form.date.invalid");
        }
    }
}
