package org.haven.bench.quality;

import org.haven.bench.synth.Dataset;
import org.haven.bench.synth.Generator;
import org.haven.bench.synth.NameSpread;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The small version of the quality benchmark, run with every build: 10,000 generated records, 2,000
 * queries (a fifth about children not in the records), a seed the thresholds were not chosen on,
 * names spread as in real populations ({@link NameSpread#WIDE}) and, once more, as narrowly as the
 * generator first drew them (one query in fourteen about a child with a namesake at this size, more
 * than one in four at 100,000). The bars are the levels measured (2026-12-07), less a margin for the sample's noise of about two standard
 * errors, so a change that makes matching worse fails the build. The full run is in bench/README.md.
 */
class MatchingQualityTest {

    private static Dataset data;
    private static Scores haven;

    @BeforeAll
    static void matchTheSample() throws Exception {
        data = new Generator(7, NameSpread.WIDE).generate(10_000, 2_000, 0.2);
        haven = QualityBenchmark.evaluate(new HavenMatcher(), data);
    }

    @Test
    void matchesAreRightAtLeast96TimesInAHundred() {
        assertThat(haven.precision()).isGreaterThanOrEqualTo(0.96);
    }

    @Test
    void theChildIsFoundAndCalledAMatchInAtLeast94CasesInAHundred() {
        assertThat(haven.recall()).isGreaterThanOrEqualTo(0.94);
        assertThat(haven.f1()).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void theChildIsAmongTheFiveCandidatesShownInAtLeast99CasesInAHundred() {
        assertThat(haven.top5Recall()).isGreaterThanOrEqualTo(0.99);
    }

    @Test
    void withManyNamesakesMatchesAreStillRight94TimesInAHundredAndTheChildAmongTheFiveIn98() throws Exception {
        var narrow = QualityBenchmark.evaluate(new HavenMatcher(),
                new Generator(7, NameSpread.NARROW).generate(10_000, 2_000, 0.2));

        assertThat(narrow.precision()).isGreaterThanOrEqualTo(0.94);
        assertThat(narrow.f1()).isGreaterThanOrEqualTo(0.93);
        assertThat(narrow.top5Recall()).isGreaterThanOrEqualTo(0.98);
    }

    @Test
    void havenFindsMoreOfTheRightChildrenThanDukeConfiguredAsDocumented() throws Exception {
        try (var duke = new DukeMatcher(false)) {
            var peer = QualityBenchmark.evaluate(duke, data);
            assertThat(haven.f1()).isGreaterThan(peer.f1());
            assertThat(haven.top5Recall()).isGreaterThan(peer.top5Recall());
        }
    }
}
