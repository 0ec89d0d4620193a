package org.haven.linkage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class PlacesTest {

    private final Places places = Places.standard();

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({"Lwów, Lviv", "Lemberg, Львів", "طنجة, Tangier", "Tanger, Tangier", "ምጽዋዕ, Massawa",
            "الدار البيضاء, Casablanca", "Pressburg, Bratislava", "Kishinev, Chișinău", "حلب, Aleppo",
            "Hà Nội, Hanoi", "'Kabul, Afghanistan', کابل", "Mazar-e-Sharif, مزار شریف"})
    void aPlaceIsKnownUnderItsOtherNamesAndScripts(String one, String other) {
        assertThat(places.placeOf(one)).isNotNull().isEqualTo(places.placeOf(other));
    }

    @Test
    void placesThatShareAWordAreNotOnePlace() {
        assertThat(places.placeOf("Hà Nội")).isNotEqualTo(places.placeOf("Hà Tĩnh"));
    }

    @Test
    void aPlaceNotListedIsLeftToItsSpelling() {
        assertThat(places.placeOf("Kalinovka")).isNull();
        assertThat(places.placeOf("")).isNull();
    }

    @Test
    void noNameOfTheListIsTakenByTwoPlaces() {
        assertThat(Places.namesListedTwice()).isEmpty();
    }
}
