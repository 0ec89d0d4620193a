package org.haven.statistics;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Small-cell suppression: no published table lets a count below the threshold be seen or worked out. */
class SmallCellsTest {

    @Test
    void a_table_whose_total_is_hidden_looks_the_same_whatever_the_reason() {
        var cells = new SmallCells(11, 1);
        var smallPart = cells.publish(java.util.Map.of("all", 3L), 3, java.util.Map.of("all", 20L), 20L);
        var smallRest = cells.publish(java.util.Map.of("all", 12L), 12, java.util.Map.of("all", 1L), 1L);
        var noneButSmallRest = cells.publish(java.util.Map.of(), 0, java.util.Map.of("all", 3L), 3L);
        for (var published : java.util.List.of(smallPart, smallRest, noneButSmallRest)) {
            assertThat(published.total().suppressed()).isTrue();
            assertThat(published.breakdownWithheld()).isFalse();
            assertThat(published.rows()).containsOnlyKeys("all");
            assertThat(published.rows().get("all").suppressed()).isTrue();
        }
    }

    @Test
    void a_count_below_eleven_is_hidden_and_a_second_count_with_it_so_the_total_does_not_give_it_away() {
        var published = new SmallCells(11, 1).publish(rows(40, 3, 25, 0), 68);

        assertThat(published.rows().get("r1").suppressed()).isTrue();
        assertThat(published.rows().get("r2").suppressed()).as("the smallest other count").isTrue();
        assertThat(published.rows().get("r0").value()).isEqualTo(40);
        assertThat(published.rows().get("r3").value()).as("zeros are shown").isZero();
        assertThat(published.total().value()).isEqualTo(68);
    }

    @Test
    void two_hidden_ones_would_add_up_to_exactly_two_so_a_third_count_is_hidden() {
        var published = new SmallCells(11, 1).publish(rows(1, 1, 30, 50), 82);

        assertThat(published.rows().values().stream().filter(SmallCells.Cell::suppressed)).hasSize(3);
        assertThat(published.rows().get("r3").value()).isEqualTo(50);
    }

    @Test
    void a_table_whose_total_is_small_shows_nothing_but_zeros() {
        var published = new SmallCells(11, 1).publish(rows(4, 0, 5), 9);

        assertThat(published.total().suppressed()).isTrue();
        assertThat(published.rows().get("r0").suppressed()).isTrue();
        assertThat(published.rows().get("r1").value()).isZero();
    }

    @Test
    void when_hiding_every_count_would_still_give_them_away_only_the_total_is_published() {
        var published = new SmallCells(11, 1).publish(rows(1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0), 12);

        assertThat(published.breakdownWithheld()).isTrue();
        assertThat(published.rows()).as("not even the zeros, which would show where the ones are").isEmpty();
        assertThat(published.total().value()).isEqualTo(12);
    }

    @Test
    void a_part_of_another_indicator_hides_a_count_whose_other_part_is_small() {
        // Presumed or identified: girls 40, boys 30. Guardian within 24 hours: girls 35, boys 30; so 5 girls waited longer.
        var published = new SmallCells(11, 1).publish(Map.of("FEMALE", 35L, "MALE", 30L), 65,
                Map.of("FEMALE", 5L, "MALE", 0L), 5L);

        assertThat(published.rows().get("FEMALE").suppressed()).isTrue();
        assertThat(published.total().suppressed()).as("65 of 70 would give the 5 away").isTrue();
    }

    @Test
    void rounding_to_five_rounds_every_count_shown_and_the_total() {
        var published = new SmallCells(11, 5).publish(rows(42, 18), 60);

        assertThat(published.rows().get("r0").value()).as("rounded up, never below the threshold").isEqualTo(45);
        assertThat(published.rows().get("r1").value()).isEqualTo(20);
        assertThat(published.total().value()).isEqualTo(60);
    }

    /**
     * For any table and threshold: no count from 1 to threshold - 1 is shown, and every hidden one
     * could be as large as the threshold given the total, the counts shown, and that a hidden count
     * is a whole number of at least 1 (worked out here by trying each value, independently of the
     * rule); or the breakdown is withheld and only the total shown.
     */
    @Property(tries = 5000)
    void no_small_count_is_shown_or_can_be_worked_out(@ForAll("counts") List<Integer> counts,
                                                      @ForAll @IntRange(min = 2, max = 15) int threshold) {
        long total = counts.stream().mapToLong(Integer::longValue).sum();
        var table = new LinkedHashMap<String, Long>();
        IntStream.range(0, counts.size()).forEach(i -> table.put("r" + i, (long) counts.get(i)));

        var published = new SmallCells(threshold, 1).publish(table, total);

        published.rows().forEach((row, cell) -> {
            if (!cell.suppressed()) {
                assertThat(cell.value()).as(row).satisfiesAnyOf(v -> assertThat(v).isZero(),
                        v -> assertThat(v).isGreaterThanOrEqualTo(threshold));
            }
        });
        if (published.breakdownWithheld()) {
            assertThat(published.rows()).isEmpty();
            return;
        }
        if (published.total().suppressed()) {
            assertThat(published.rows().values()).allMatch(c -> c.suppressed() || c.value() == 0);
            return; // nothing to work from: the reader sees zeros and "suppressed" only
        }
        long shown = published.rows().values().stream().filter(c -> !c.suppressed()).mapToLong(SmallCells.Cell::value).sum();
        long hiddenSum = published.total().value() - shown;
        long hiddenCount = published.rows().values().stream().filter(SmallCells.Cell::suppressed).count();
        for (var entry : table.entrySet()) {
            if (published.rows().get(entry.getKey()).suppressed() && entry.getValue() < threshold) {
                assertThat(largestPossible(hiddenSum, hiddenCount)).as("largest value %s could take in %s", entry.getKey(), table)
                        .isGreaterThanOrEqualTo(threshold);
            }
        }
    }

    /** The largest value one hidden count can take: v from 1 such that the others (each at least 1) make up the rest. */
    private static long largestPossible(long hiddenSum, long hiddenCount) {
        return java.util.stream.LongStream.rangeClosed(1, hiddenSum)
                .filter(v -> hiddenCount == 1 ? v == hiddenSum : hiddenSum - v >= hiddenCount - 1)
                .max().orElse(0);
    }

    @Provide
    Arbitrary<List<Integer>> counts() {
        return Arbitraries.oneOf(Arbitraries.integers().between(0, 3), Arbitraries.integers().between(0, 40))
                .list().ofMinSize(1).ofMaxSize(10);
    }

    private static Map<String, Long> rows(long... values) {
        var rows = new LinkedHashMap<String, Long>();
        for (int i = 0; i < values.length; i++) {
            rows.put("r" + i, values[i]);
        }
        return rows;
    }
}
