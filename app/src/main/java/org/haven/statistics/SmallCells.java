package org.haven.statistics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Small-cell suppression for a published table of counts with its total. A count from 1 to
 * {@code threshold - 1} is not shown (primary suppression; zeros are shown). Then, so that a hidden
 * count cannot be worked out from the total and the counts shown, more counts are hidden
 * (secondary suppression, smallest first) until at least two are hidden and the hidden ones add up
 * to more than their number: a reader then knows only that each hidden count is a whole number of
 * at least 1 whose sum is the total minus the counts shown, which leaves every hidden count at least
 * two possible values; where hiding every non-zero count is not enough, the total is hidden too.
 * A total below the threshold hides the whole table. Counts shown may be
 * rounded to a base (e.g. 5); the total is rounded alike.
 */
public final class SmallCells {

    /** One published value: the count, or hidden. */
    public record Cell(Long value, boolean suppressed) {
        static Cell shown(long value) {
            return new Cell(value, false);
        }

        static Cell hidden() {
            return new Cell(null, true);
        }
    }

    /** The rows of a table as published, in the order given, and its total. */
    public record Published(Map<String, Cell> rows, Cell total, int threshold, int roundTo) {
    }

    private final int threshold;
    private final int roundTo;

    public SmallCells(int threshold, int roundTo) {
        if (threshold < 2) {
            throw new IllegalArgumentException("A suppression threshold below 2 protects nothing");
        }
        if (roundTo < 1) {
            throw new IllegalArgumentException("Round to a base of 1 (no rounding) or more");
        }
        this.threshold = threshold;
        this.roundTo = roundTo;
    }

    /**
     * Publishes the counts, whose total is given (a child counted in several rows, e.g. two forms of
     * exploitation, makes the rows add up to more than the total).
     */
    public Published publish(Map<String, Long> counts, long total) {
        var labels = new ArrayList<>(counts.keySet());
        long[] values = labels.stream().mapToLong(counts::get).toArray();
        boolean[] hidden = new boolean[values.length];
        if (total > 0 && total < threshold) {
            var rows = new LinkedHashMap<String, Cell>();
            labels.forEach(label -> rows.put(label, counts.get(label) == 0 ? Cell.shown(0) : Cell.hidden()));
            return new Published(rows, Cell.hidden(), threshold, roundTo);
        }
        for (int i = 0; i < values.length; i++) {
            hidden[i] = values[i] > 0 && values[i] < threshold;
        }
        while (derivable(values, hidden)) {
            int next = smallestShownNonZero(values, hidden);
            if (next < 0) {
                break; // every non-zero count is hidden already, and still they could be worked out
            }
            hidden[next] = true;
        }
        var rows = new LinkedHashMap<String, Cell>();
        for (int i = 0; i < values.length; i++) {
            rows.put(labels.get(i), hidden[i] ? Cell.hidden() : Cell.shown(round(values[i])));
        }
        // E.g. two counts of 1 and nothing else: the total would give both away, so it goes too.
        var shownTotal = derivable(values, hidden) ? Cell.hidden() : Cell.shown(round(total));
        return new Published(rows, shownTotal, threshold, roundTo);
    }

    /** Whether a hidden count is pinned down: one hidden alone, or all hidden ones equal to 1. */
    static boolean derivable(long[] values, boolean[] hidden) {
        long count = IntStream.range(0, values.length).filter(i -> hidden[i]).count();
        long sum = IntStream.range(0, values.length).filter(i -> hidden[i]).mapToLong(i -> values[i]).sum();
        return count == 1 || count > 1 && sum == count;
    }

    private static int smallestShownNonZero(long[] values, boolean[] hidden) {
        return IntStream.range(0, values.length).filter(i -> !hidden[i] && values[i] > 0).boxed()
                .min(Comparator.comparingLong(i -> values[i])).orElse(-1);
    }

    private long round(long value) {
        return roundTo == 1 ? value : Math.round((double) value / roundTo) * roundTo;
    }

    /** One rule applied, as a message code with its arguments, for the note that goes with every published table. */
    public record Rule(String code, List<Object> arguments) {
    }

    public List<Rule> rules() {
        var rules = new ArrayList<Rule>();
        rules.add(new Rule("statistics.rule.primary", List.of(threshold - 1)));
        rules.add(new Rule("statistics.rule.secondary", List.of()));
        rules.add(new Rule("statistics.rule.small-total", List.of(threshold)));
        if (roundTo > 1) {
            rules.add(new Rule("statistics.rule.rounded", List.of(roundTo)));
        }
        return rules;
    }
}
