package org.haven.linkage;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NameKeysTest {

    @Test
    void cyrillicAndLatinSpellingsOfOneNameMeet() {
        assertThat(NameKeys.searchKey("Иван Петров")).isEqualTo("ivan petrov");
        assertThat(NameKeys.searchKey("  IVÁN   petrov ")).isEqualTo("ivan petrov");
    }

    @Test
    void arabicNamesGetALatinKey() {
        assertThat(NameKeys.searchKey("أحمد")).isNotBlank().matches("[a-z ]+");
    }

    @Test
    void diacriticsOfBalticAndPolishNamesAreFolded() {
        assertThat(NameKeys.searchKey("Žaneta Łukasiewicz")).isEqualTo("zaneta lukasiewicz");
    }

    @Test
    void scriptOfANameIsDetected() {
        assertThat(NameKeys.scriptOf("Иван")).isEqualTo("Cyrl");
        assertThat(NameKeys.scriptOf("Ivan")).isEqualTo("Latn");
        assertThat(NameKeys.scriptOf("أحمد")).isEqualTo("Arab");
        assertThat(NameKeys.scriptOf("123")).isEqualTo("Zyyy");
    }

    @Property
    void aKeyIsAlwaysLowerCaseAsciiWordsSeparatedBySingleSpaces(@ForAll String anyName) {
        assertThat(NameKeys.searchKey(anyName)).matches("([a-z0-9]+( [a-z0-9]+)*)?");
    }

    @Property
    void aKeyIsStableWhenKeyedAgain(@ForAll String anyName) {
        String key = NameKeys.searchKey(anyName);
        assertThat(NameKeys.searchKey(key)).isEqualTo(key);
    }
}
