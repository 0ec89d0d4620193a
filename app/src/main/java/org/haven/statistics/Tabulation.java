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
            var counted = event.atZone(zone).toLocalDate();
            var on = c.protectedSince() == null ? counted : c.protectedSince().atZone(zone).toLocalDate();
            for (String row : breakdown.rows(c, on, counted)) {
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
