package org.haven.statistics;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/** Counts the cases an indicator takes in a period, row by row of a breakdown, and in all. */
final class Tabulation {

    /** The counts of one table before anything is suppressed. */
    record Counts(Map<String, Long> rows, long total) {
    }

    private Tabulation() {
    }

    /** The cases counted in one row of the table (for the coordinator's drill-down). */
    static java.util.List<java.util.UUID> casesIn(Collection<ChildCount> cases, Indicator indicator, Breakdown breakdown,
                                                 LocalDate first, LocalDate last, ZoneId zone, String row) {
        var from = first.atStartOfDay(zone).toInstant();
        var to = last.plusDays(1).atStartOfDay(zone).toInstant();
        var found = new java.util.ArrayList<java.util.UUID>();
        for (var c : cases) {
            var event = indicator.event(c, from, to);
            if (event != null && rowsOf(c, breakdown, event, zone).contains(row)) {
                found.add(c.caseId());
            }
        }
        return found;
    }

    private static java.util.List<String> rowsOf(ChildCount c, Breakdown breakdown, java.time.Instant event, ZoneId zone) {
        if (!breakdown.byDate()) {
            return breakdown.rows(c, null, null); // the costly time-zone arithmetic only where a date is needed
        }
        var counted = event.atZone(zone).toLocalDate();
        var on = c.protectedSince() == null ? counted : c.protectedSince().atZone(zone).toLocalDate();
        return breakdown.rows(c, on, counted);
    }

    /** Cases counted from the first day to the last day of the period, both whole days in the zone. */
    static Counts count(Collection<ChildCount> cases, Indicator indicator, Breakdown breakdown,
                        LocalDate first, LocalDate last, ZoneId zone) {
        var from = first.atStartOfDay(zone).toInstant();
        var to = last.plusDays(1).atStartOfDay(zone).toInstant();
        var rows = new TreeMap<String, Long>();
        if (breakdown == Breakdown.MONTH) {
            for (var month = YearMonth.from(first); !month.isAfter(YearMonth.from(last)); month = month.plusMonths(1)) {
                rows.put(month.toString(), 0L);
            }
        }
        long total = 0;
        for (var c : cases) {
            var event = indicator.event(c, from, to);
            if (event == null) {
                continue;
            }
            total++;
            for (String row : rowsOf(c, breakdown, event, zone)) {
                rows.merge(row, 1L, Long::sum);
            }
        }
        var ordered = new LinkedHashMap<String, Long>(rows);
        Long unknown = ordered.remove(Breakdown.UNKNOWN);
        if (unknown != null) {
            ordered.put(Breakdown.UNKNOWN, unknown); // "unknown" last
        }
        return new Counts(ordered, total);
    }
}
