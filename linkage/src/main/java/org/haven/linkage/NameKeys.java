package org.haven.linkage;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Transliterator;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Turns a name written in any script into a comparable Latin key, so that "Иван Петров",
 * "Ivan Petrov" and "IVÁN  petrov" meet in one search. The key is for finding candidates,
 * never for deciding that two records are the same child.
 */
public final class NameKeys {

    // ICU transliterators keep internal buffers; one per thread keeps them safe and fast.
    private static final ThreadLocal<Transliterator> TO_LATIN = ThreadLocal.withInitial(
            () -> Transliterator.getInstance("Any-Latin; Latin-ASCII; Any-Lower"));

    private NameKeys() {
    }

    /** Lower-case ASCII words separated by single spaces; empty for a name with no letters. */
    public static String searchKey(String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        String latin = TO_LATIN.get().transliterate(name.strip());
        return Arrays.stream(latin.toLowerCase(Locale.ROOT).split("[^a-z0-9]+"))
                .filter(word -> !word.isEmpty())
                .collect(Collectors.joining(" "));
    }

    /** ISO 15924 code of the first script-bearing letter ("Latn", "Cyrl", "Arab"), or "Zyyy" when none. */
    public static String scriptOf(String name) {
        if (name == null) {
            return "Zyyy";
        }
        return name.codePoints()
                .map(UScript::getScript)
                .filter(script -> script != UScript.COMMON && script != UScript.INHERITED)
                .mapToObj(UScript::getShortName)
                .findFirst()
                .orElse("Zyyy");
    }
}
