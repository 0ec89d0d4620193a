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
            "Hà Nội, Hanoi", "'Kabul, Afghanistan', کابل", "Mazar-e-Sharif, مزار شریف", "'Novi Sad, Serbia', Újvidék",
            "'Ha Noi, Viet Nam', Hanoi"})
    void aPlaceIsKnownUnderItsOtherNamesAndScripts(String one, String other) {
        assertThat(places.placeOf(one)).isNotNull().isEqualTo(places.placeOf(other));
    }

    @Test
    void aPlaceIsShownByItsFirstNameInLatinLetters() {
        assertThat(places.placeOf("وهران")).isEqualTo("Oran");
        assertThat(places.placeOf("Lwów")).isEqualTo("Lviv");
    }

    @Test
    void placesThatShareAWordAreNotOnePlace() {
        assertThat(places.placeOf("Hà Nội")).isNotNull().isNotEqualTo(places.placeOf("Hà Tĩnh"));
        assertThat(places.placeOf("Hà Tĩnh")).isNotNull();
    }

    @Test
    void aTextThatNamesTwoListedPlacesNamesTheLongerOrNone() {
        assertThat(places.placeOf("Sidi Bel Abbès, Oran")).isEqualTo(places.placeOf("سيدي بلعباس"));
        assertThat(places.placeOf("Oran Constantine")).isNull();
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
