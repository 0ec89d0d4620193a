package org.haven.screening;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Properties of the screening rules over any combination of the shipped catalogue's entries. */
class ScreeningRulesPropertiesTest {

    static final IndicatorCatalogue CATALOGUE = shipped();

    static IndicatorCatalogue shipped() {
        try (var reader = new InputStreamReader(Objects.requireNonNull(
                ScreeningRulesPropertiesTest.class.getClassLoader().getResourceAsStream(CatalogueImport.SHIPPED)),
                StandardCharsets.UTF_8)) {
            return new IndicatorCatalogue(1, CatalogueFile.read(reader));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Provide
    Arbitrary<Set<String>> observations() {
        return Arbitraries.of(CATALOGUE.all().stream().map(Indicator::code).toList()).set().ofMaxSize(12);
    }

    @Provide
    Arbitrary<String> anyCode() {
        return Arbitraries.of(CATALOGUE.all().stream().map(Indicator::code).toList());
    }

    @Property
    void observing_something_more_never_lowers_the_outcome_or_the_urgency(@ForAll("observations") Set<String> observed,
                                                                          @ForAll("anyCode") String more) {
        var before = ScreeningRules.suggest(observed, CATALOGUE);
        var withMore = new HashSet<>(observed);
        withMore.add(more);
        var after = ScreeningRules.suggest(withMore, CATALOGUE);

        assertThat(after.outcome()).isGreaterThanOrEqualTo(before.outcome());
        assertThat(after.urgency()).isGreaterThanOrEqualTo(before.urgency());
    }

    @Property
    void removing_a_context_observation_never_lowers_urgency_or_outcome(@ForAll("observations") Set<String> observed) {
        var without = new HashSet<>(observed);
        without.removeIf(code -> CATALOGUE.find(code).orElseThrow().kind() == IndicatorKind.CONTEXT);
        var full = ScreeningRules.suggest(observed, CATALOGUE);
        var stripped = ScreeningRules.suggest(without, CATALOGUE);

        assertThat(stripped.outcome()).isEqualTo(full.outcome());
        assertThat(stripped.urgency()).isEqualTo(full.urgency());
    }

    @Property
    void no_combination_with_a_severe_indicator_suggests_less_than_a_presumed_victim(
            @ForAll("observations") Set<String> observed, @ForAll("severe") String severe) {
        var withSevere = new HashSet<>(observed);
        withSevere.add(severe);
        assertThat(ScreeningRules.suggest(withSevere, CATALOGUE).outcome()).isEqualTo(SuggestedOutcome.PRESUMED_VICTIM);
    }

    @Provide
    Arbitrary<String> severe() {
        List<String> severe = CATALOGUE.all().stream()
                .filter(i -> i.kind() == IndicatorKind.INDICATOR && i.severity() == Severity.SEVERE)
                .map(Indicator::code).toList();
        return Arbitraries.of(severe);
    }

    @Property
    void every_suggestion_gives_its_reasons(@ForAll("observations") Set<String> observed) {
        var suggestion = ScreeningRules.suggest(observed, CATALOGUE);
        assertThat(suggestion.reasons()).isNotEmpty();
        assertThat(suggestion.reasons().get(0).indicators()).allSatisfy(code -> assertThat(observed).contains(code));
    }
}
