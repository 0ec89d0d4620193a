package org.haven.linkage;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Names arrive from forms, the API and imports in any script and any state. Keying them must never
 * fail and must always give a well-formed key. Runs its seed inputs with the tests; fuzz for real
 * with {@code JAZZER_FUZZ=1 ./mvnw -pl linkage test -Dtest=NameKeysFuzzTest}.
 */
class NameKeysFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void any_text_gets_a_well_formed_key_and_a_script(FuzzedDataProvider data) {
        String name = data.consumeRemainingAsString();
        String key = NameKeys.searchKey(name);
        if (!key.matches("([a-z0-9]+( [a-z0-9]+)*)?")) {
            throw new IllegalStateException("malformed key '" + key + "' for " + name);
        }
        if (!NameKeys.searchKey(key).equals(key)) {
            throw new IllegalStateException("key not stable for " + name);
        }
        if (NameKeys.scriptOf(name).length() != 4) {
            throw new IllegalStateException("bad script code for " + name);
        }
    }
}
