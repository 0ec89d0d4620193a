package org.haven.platform;

import org.haven.platform.DomainRuleViolation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * What forms send, read as sent: dates and times from HTML date and datetime-local fields (empty is
 * none, anything else is explained), and repeated fields row by row (a single value is never split at
 * its commas, as Spring's list binding would).
 */
public final class FormInput {

    private FormInput() {
    }

    public static LocalDate date(String typed) {
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
    public static Instant moment(String typed, ZoneId zone) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(typed.strip()).atZone(zone).toInstant();
        } catch (DateTimeParseException notADate) {
            throw new DomainRuleViolation("form.date.invalid");
        }
    }

    /** Every value of a repeated field, in the order sent. */
    public static java.util.List<String> all(org.springframework.web.context.request.WebRequest request, String name) {
        String[] values = request.getParameterValues(name);
        return values == null ? java.util.List.of() : java.util.List.of(values);
    }
}
