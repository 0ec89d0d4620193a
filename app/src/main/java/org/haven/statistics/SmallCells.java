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

    /**
     * The rows of a table as published, in the order given, and its total. When no set of hidden
     * counts could protect the small ones, the breakdown is withheld: no rows (not even zeros, which
     * would show where the hidden ones are), only the total.
     */
    public record Published(Map<String, Cell> rows, Cell total, int threshold, int roundTo, boolean breakdownWithheld) {
    }

    private final int threshold;
    private final int roundTo;

    int threshold() {
        return threshold;
    }

    int roundTo() {
        return roundTo;
    }

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
        return publish(counts, total, null, null);
    }

    /**
     * Publishes the counts of an indicator that is part of another (e.g. "guardian within 24 hours"
     * of "presumed or identified"), given the other part's counts by the same rows: a count is hidden
     * also when the other part's count is small, since a reader could subtract it from the whole.
     */
    public Published publish(Map<String, Long> counts, long total, Map<String, Long> otherPart, Long otherPartTotal) {
        var labels = new ArrayList<>(counts.keySet());
        if (otherPart != null) {
            // a row where this part is 0 but the other is small must be there, and hidden, not left out
            otherPart.keySet().stream().filter(label -> !counts.containsKey(label)).forEach(labels::add);
        }
        long[] linked = otherPart == null ? null : labels.stream().mapToLong(l -> otherPart.getOrDefault(l, 0L)).toArray();
        long[] values = labels.stream().mapToLong(l -> counts.getOrDefault(l, 0L)).toArray();
        boolean totalHidden = total > 0 && total < threshold || otherPartTotal != null && small(otherPartTotal);
        if (totalHidden) {
            // One shape whatever the reason the total is hidden: every count hidden but the zeros that
            // give nothing away, so that the shape of the table cannot tell which reason it was.
            var rows = new LinkedHashMap<String, Cell>();
            for (int i = 0; i < values.length; i++) {
                boolean safeZero = values[i] == 0 && (linked == null || !small(linked[i]));
                rows.put(labels.get(i), safeZero ? Cell.shown(0) : Cell.hidden());
            }
            return new Published(rows, Cell.hidden(), threshold, roundTo, false);
        }
        boolean[] hidden = new boolean[values.length];
        for (int i = 0; i < values.length; i++) {
            hidden[i] = values[i] > 0 && values[i] < threshold || linked != null && small(linked[i]);
        }
        while (derivable(values, hidden)) {
            int next = smallestShownNonZero(values, hidden);
            if (next < 0) {
                break; // every non-zero count is hidden already, and still they could be worked out
            }
            hidden[next] = true;
        }
        if (derivable(values, hidden)) {
            // E.g. twelve regions with one child each: whatever is hidden, the total gives them away.
            return new Published(new LinkedHashMap<>(), Cell.shown(round(total)), threshold, roundTo, true);
        }
        var rows = new LinkedHashMap<String, Cell>();
        for (int i = 0; i < values.length; i++) {
            rows.put(labels.get(i), hidden[i] ? Cell.hidden() : Cell.shown(round(values[i])));
        }
        return new Published(rows, Cell.shown(round(total)), threshold, roundTo, false);
    }

    /**
     * Whether the hidden counts are too well known: a reader knows each is at least 1 and that they
     * add up to the total minus the counts shown, so one hidden count can be at most that sum minus
     * one for each other hidden count. Unless that bound reaches the threshold, a small hidden count
     * is pinned down to a small range (or exactly, when only one is hidden).
     */
    boolean derivable(long[] values, boolean[] hidden) {
        long count = IntStream.range(0, values.length).filter(i -> hidden[i]).count();
        long sum = IntStream.range(0, values.length).filter(i -> hidden[i]).mapToLong(i -> values[i]).sum();
        return count == 1 || count > 1 && sum - (count - 1) < threshold;
    }

    private boolean small(long value) {
        return value > 0 && value < threshold;
    }

    private static int smallestShownNonZero(long[] values, boolean[] hidden) {
        return IntStream.range(0, values.length).filter(i -> !hidden[i] && values[i] > 0).boxed()
                .min(Comparator.comparingLong(i -> values[i])).orElse(-1);
    }

    /** Rounded up to the base, so a count shown never falls below the threshold by rounding. */
    private long round(long value) {
        return roundTo == 1 ? value : (value + roundTo - 1) / roundTo * roundTo;
    }

    /** One rule applied, as a message code with its arguments, for the note that goes with every published table. */
    public record Rule(String code, List<Object> arguments) {
    }

    public List<Rule> rules() {
        var rules = new ArrayList<Rule>();
        rules.add(new Rule("statistics.rule.primary", List.of(threshold - 1)));
        rules.add(new Rule("statistics.rule.secondary", List.of(threshold)));
        rules.add(new Rule("statistics.rule.complement", List.of()));
        rules.add(new Rule("statistics.rule.small-total", List.of(threshold)));
        if (roundTo > 1) {
            rules.add(new Rule("statistics.rule.rounded", List.of(roundTo)));
        }
        return rules;
    }
}
