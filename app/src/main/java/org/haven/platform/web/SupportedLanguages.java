package org.haven.platform.web;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The languages the staff interface is fully translated into, and which of them read right to left. */
public final class SupportedLanguages {

    public static final List<Locale> ALL = List.of(Locale.ENGLISH, Locale.forLanguageTag("sv"));
    /** The public pages (reporting, information for children) are also in these languages. */
    public static final List<Locale> PUBLIC = List.of(Locale.ENGLISH, Locale.forLanguageTag("sv"),
            Locale.forLanguageTag("lt"), Locale.forLanguageTag("pl"), Locale.forLanguageTag("ru"),
            Locale.forLanguageTag("uk"), Locale.forLanguageTag("ar"));
    private static final Set<String> RIGHT_TO_LEFT = Set.of("ar", "fa", "he", "ur", "ps", "ku");

    private SupportedLanguages() {
    }

    public static Locale closest(Locale requested) {
        if (requested == null) {
            return Locale.ENGLISH;
        }
        return PUBLIC.stream().filter(l -> l.getLanguage().equals(requested.getLanguage())).findFirst()
                .orElse(Locale.ENGLISH);
    }

    public static String direction(Locale locale) {
        return RIGHT_TO_LEFT.contains(locale.getLanguage()) ? "rtl" : "ltr";
    }
}
