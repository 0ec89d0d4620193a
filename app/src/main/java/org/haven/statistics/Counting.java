package org.haven.statistics;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Where a case is counted: for each indicator and calendar year in which it counts, the row it
 * falls in by each breakdown. These entries are what the statistics keep ({@link CountedCases});
 * a table is their count.
 */
final class Counting {

    /** A case counted by an indicator in a year, with its row by every breakdown kept per case ({@link Breakdown#keptPerCase}). */
    record Entry(UUID caseId, Indicator indicator, Year year, Map<Breakdown, List<String>> rows) {
        String row(Breakdown breakdown) {
            return rows.get(breakdown).get(0);
        }

        /** Every cell of every table this entry adds one to: the total (NONE, "all") and its row by each breakdown. */
        List<Cell> cells() {
            var cells = new ArrayList<Cell>();
            cells.add(new Cell(indicator, year, Breakdown.NONE, "all"));
            rows.forEach((breakdown, labels) -> labels.forEach(label -> cells.add(new Cell(indicator, year, breakdown, label))));
            return cells;
        }
    }

    /** One count of a published table before suppression. */
    record Cell(Indicator indicator, Year year, Breakdown breakdown, String row) {
    }

    /** How much each cell changes when these entries go and those come. */
    static Map<Cell, Long> change(List<Entry> gone, List<Entry> come) {
        var change = new java.util.HashMap<Cell, Long>();
        gone.forEach(entry -> entry.cells().forEach(cell -> change.merge(cell, -1L, Long::sum)));
        come.forEach(entry -> entry.cells().forEach(cell -> change.merge(cell, 1L, Long::sum)));
        change.values().removeIf(n -> n == 0);
        return change;
    }

    /** The counts of one table before anything is suppressed: rows in the order published, and the total. */
    record Counts(Map<String, Long> rows, long total) {

        /** Rows ordered as published: by label, every month of the year for a trend (zeros too), "unknown" last. */
        static Counts of(Map<String, Long> counted, long total, Breakdown breakdown, Year year) {
            var rows = new TreeMap<String, Long>(counted);
            if (breakdown == Breakdown.MONTH) {
                for (int month = 1; month <= 12; month++) {
                    rows.putIfAbsent(YearMonth.of(year.getValue(), month).toString(), 0L);
                }
            }
            var ordered = new LinkedHashMap<String, Long>(rows);
            Long unknown = ordered.remove(Breakdown.UNKNOWN);
            if (unknown != null) {
                ordered.put(Breakdown.UNKNOWN, unknown);
            }
            return new Counts(ordered, total);
        }
    }

    private Counting() {
    }

    /** Every indicator and year in which the case counts, the year being the calendar year in the zone. */
    static List<Entry> entries(ChildCount c, ZoneId zone) {
        var years = new TreeSet<Year>();
        addYear(years, c.protectedSince(), zone);
        c.missing().forEach(spell -> {
            addYear(years, spell.since(), zone);
            addYear(years, spell.foundAt(), zone);
        });
        c.determinations().forEach(at -> addYear(years, at, zone));
        if (c.returned() != null) {
            addYear(years, c.returned().returnedAt(), zone);
            c.returned().monitoring().forEach(report -> addYear(years, report.dueAt(), zone));
        }
        var entries = new ArrayList<Entry>();
        for (var year : years) {
            var from = year.atDay(1).atStartOfDay(zone).toInstant();
            var to = year.plusYears(1).atDay(1).atStartOfDay(zone).toInstant();
            for (var indicator : Indicator.values()) {
                var event = indicator.event(c, from, to);
                if (event != null) {
                    entries.add(new Entry(c.caseId(), indicator, year, rows(c, event, zone)));
                }
            }
        }
        return entries;
    }

    private static void addYear(java.util.Set<Year> years, Instant at, ZoneId zone) {
        if (at != null) {
            years.add(Year.from(at.atZone(zone)));
        }
    }

    private static Map<Breakdown, List<String>> rows(ChildCount c, Instant event, ZoneId zone) {
        LocalDate counted = event.atZone(zone).toLocalDate();
        LocalDate on = c.protectedSince() == null ? counted : c.protectedSince().atZone(zone).toLocalDate();
        var rows = new EnumMap<Breakdown, List<String>>(Breakdown.class);
        for (var breakdown : Breakdown.values()) {
            if (breakdown.keptPerCase()) {
                rows.put(breakdown, breakdown.rows(c, on, counted));
            }
        }
        return rows;
    }
}
