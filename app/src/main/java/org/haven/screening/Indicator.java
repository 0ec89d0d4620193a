package org.haven.screening;

import java.util.Locale;
import java.util.Map;

/**
 * One entry of the catalogue: a code that stays stable across catalogue versions, what it is a sign
 * of, how much it weighs, whether it calls for urgent action, and its text in several languages.
 */
public record Indicator(String code, IndicatorKind kind, ExploitationForm form, Severity severity,
                        Urgency urgency, Map<String, String> texts) {

    public Indicator {
        texts = Map.copyOf(texts);
        urgency = urgency == null ? Urgency.STANDARD : urgency;
    }

    /** The text in the language asked for, else in English, else the code. */
    public String text(Locale locale) {
        return texts.getOrDefault(locale.getLanguage(), texts.getOrDefault("en", code));
    }

    /** Weight towards reasonable grounds; risk factors and context observations weigh nothing. */
    int evidenceWeight() {
        return kind == IndicatorKind.INDICATOR ? severity.weight() : 0;
    }
}
