package org.haven.platform.web;

import org.haven.platform.UserZone;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Dates and times for templates ({@code ${@formats.dateTime(x)}}): the user's locale and time zone. */
@Component("formats")
public class Formats {

    private final UserZone zone;

    Formats(UserZone zone) {
        this.zone = zone;
    }

    public String dateTime(Instant instant) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale()).withZone(zone.current()).format(instant);
    }

    public String date(LocalDate date) {
        if (date == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale()).format(date);
    }

    /** The day of a moment, on the user's clock. */
    public String day(Instant instant) {
        return instant == null ? "" : date(instant.atZone(zone.current()).toLocalDate());
    }

    public String country(String isoCode) {
        if (isoCode == null || isoCode.isBlank()) {
            return "";
        }
        return new Locale("", isoCode).getDisplayCountry(locale());
    }

    public String language(String isoCode) {
        if (isoCode == null || isoCode.isBlank()) {
            return "";
        }
        return Locale.forLanguageTag(isoCode).getDisplayLanguage(locale());
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
