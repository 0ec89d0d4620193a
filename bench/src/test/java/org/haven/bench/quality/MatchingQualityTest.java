package org.haven.bench.quality;

import org.haven.bench.synth.Dataset;
import org.haven.bench.synth.Generator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The small version of the quality benchmark, run with every build: 10,000 generated records, 2,000
 * queries (a fifth about children not in the records), a seed the thresholds were not chosen on.
 * The bars are the levels measured when the engine was written, less a margin for the sample's
 * noise, so a change that makes matching worse fails the build. The full run is in bench/README.md.
 */
class MatchingQualityTest {

    private static Dataset data;
    private static Scores haven;

    @BeforeAll
    static void matchTheSample() throws Exception {
        data = new Generator(7).generate(10_000, 2_000, 0.2);
        haven = QualityBenchmark.evaluate(new HavenMatcher(), data);
    }

    @Test
    void matchesAreRightAtLeast94TimesInAHundred() {
        assertThat(haven.precision()).isGreaterThanOrEqualTo(0.94);
    }

    @Test
    void theChildIsFoundAndCalledAMatchInAtLeast91CasesInAHundred() {
        assertThat(haven.recall()).isGreaterThanOrEqualTo(0.91);
        assertThat(haven.f1()).isGreaterThanOrEqualTo(0.93);
    }

    @Test
    void theChildIsAmongTheFiveCandidatesShownInAtLeast98CasesInAHundred() {
        assertThat(haven.top5Recall()).isGreaterThanOrEqualTo(0.98);
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
