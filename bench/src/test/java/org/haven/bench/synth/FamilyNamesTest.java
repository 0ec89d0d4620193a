package org.haven.bench.synth;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FamilyNamesTest {

    private static final FamilyNames NAMES = FamilyNames.of(NameBank.load());

    @Test
    void aGirlCarriesTheGirlsFormOfHerFamilysName() {
        var kazlauskas = NAMES.common(Population.LITHUANIAN).get(0);

        assertThat(kazlauskas.male().forms()).containsExactly("Kazlauskas");
        assertThat(kazlauskas.female()).extracting(NameBank.Name::nativeForm)
                .containsExactly("Kazlauskaitė", "Kazlauskienė");
    }

    @Test
    void rarerFamilyNamesAreMadeFromGivenNamesInEverySpelling() {
        assertThat(forms(Population.POLISH)).contains(List.of("Jakubowski", "Jacobowski", "Jacobovski", "Jakobowski",
                "Jakobovski"));
        assertThat(forms(Population.UKRAINIAN)).anyMatch(forms -> forms.get(0).equals("Петренко")
                && forms.contains("Petrenko"));
        assertThat(forms(Population.AFGHAN)).anyMatch(forms -> forms.get(0).equals("احمدی") && forms.contains("Ahmadi"));
        assertThat(forms(Population.MAGHREBI)).anyMatch(forms -> forms.contains("Ben Youssef"));
        assertThat(NAMES.made(Population.VIETNAMESE)).isEmpty();
    }

    @Test
    void namesSpreadAsInRealPopulationsLeaveFarFewerChildrenWithANamesake() {
        int wide = new Generator(3, NameSpread.WIDE).generate(10_000, 2_000, 0.2).withNamesake().size();
        int narrow = new Generator(3, NameSpread.NARROW).generate(10_000, 2_000, 0.2).withNamesake().size();

        assertThat(wide).isPositive().isLessThan(narrow / 2);
    }

    private static List<List<String>> forms(Population population) {
        return NAMES.made(population).stream().map(name -> name.male().forms()).toList();
    }
}
