package org.haven.platform;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Countries and languages for select lists, named and sorted in the user's language. */
@Component
public class PickLists {

    public record Option(String code, String label) {
    }

    public List<Option> countries() {
        Locale locale = LocaleContextHolder.getLocale();
        return sorted(Arrays.stream(Locale.getISOCountries())
                .map(code -> new Option(code, new Locale("", code).getDisplayCountry(locale))).toList(), locale);
    }

    public List<Option> languages() {
        Locale locale = LocaleContextHolder.getLocale();
        return sorted(Arrays.stream(Locale.getISOLanguages())
                .map(code -> new Option(code, Locale.forLanguageTag(code).getDisplayLanguage(locale)))
                .filter(option -> !option.label().equals(option.code()))
                .toList(), locale);
    }

    private static List<Option> sorted(List<Option> options, Locale locale) {
        Collator collator = Collator.getInstance(locale);
        return options.stream().sorted(Comparator.comparing(Option::label, collator)).toList();
    }
}
