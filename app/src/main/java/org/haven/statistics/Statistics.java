package org.haven.statistics;

import org.haven.access.Role;
import org.haven.access.SignedInUser;
import org.haven.audit.AuditRecord;
import org.haven.audit.AuditTrail;
import org.haven.casework.CaseFiles;
import org.haven.platform.DomainRuleViolation;
import org.haven.platform.NoAccess;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.List;

/**
 * Published tables of the indicators, for the national coordinator and analysts: counts from the
 * case data, broken down as asked, with small cells suppressed ({@link SmallCells}). Nobody sees an
 * unsuppressed count here; the coordinator's case lists are on the coordination pages.
 */
@Service
@Transactional(readOnly = true, noRollbackFor = NoAccess.class)
public class Statistics {

    public static final int FIRST_YEAR = 2000;
    /** The most cases a drill-down lists (the count says how many there are). */
    public static final int DRILL_DOWN_LIMIT = 500;

    private final CaseCounter counter;
    private final CountedCases counted;
    private final CaseFiles caseFiles;
    private final AuditTrail audit;
    private final ZoneId zone;
    private final java.time.Clock clock;
    private final SmallCells smallCells;

    Statistics(CaseCounter counter, CountedCases counted, CaseFiles caseFiles, AuditTrail audit, java.time.Clock clock,
               @Value("${haven.time-zone}") ZoneId zone,
               @Value("${haven.statistics.threshold:11}") int threshold, @Value("${haven.statistics.round-to:1}") int roundTo) {
        this.counter = counter;
        this.counted = counted;
        this.caseFiles = caseFiles;
        this.audit = audit;
        this.zone = zone;
        this.clock = clock;
        this.smallCells = new SmallCells(threshold, roundTo);
    }

    /**
     * What was asked for: an indicator, broken down, over one calendar year. Periods are whole years
     * so that two published tables never overlap in part (their difference would be a small table
     * nobody checked); the months of a year come as a trend in one table.
     */
    public record Query(Indicator indicator, Breakdown breakdown, Year year) {
    }

    /** A table as it may be published, with the rules applied to it and the day its data were read. */
    public record Table(Query query, SmallCells.Published published, List<SmallCells.Rule> rules, LocalDate asOf) {
    }

    private boolean mayRead(SignedInUser user) {
        return user.hasAnyRole(Role.COORDINATOR, Role.ANALYST);
    }

    /** The years a table can be asked for: from {@value #FIRST_YEAR} to this one. */
    public List<Year> years() {
        var years = new java.util.ArrayList<Year>();
        for (var year = Year.now(clock.withZone(zone)); !year.isBefore(Year.of(FIRST_YEAR)); year = year.minusYears(1)) {
            years.add(year);
        }
        return years;
    }

    /** Refuses (audited) anyone but the coordinator and analysts. */
    public void requireMayRead(SignedInUser user, String action) {
        if (!mayRead(user)) {
            audit.record(user.actor(), AuditRecord.refused(action, "statistics", null));
            throw new NoAccess("Statistics are for the national coordinator and analysts");
        }
    }

    /** The table as it may be published; {@code action} says whether it was viewed or exported (audited). */
    public Table table(SignedInUser user, Query query, String action) {
        requireMayRead(user, action);
        if (query.year() == null || !years().contains(query.year())) {
            throw new DomainRuleViolation("statistics.year.invalid", String.valueOf(FIRST_YEAR));
        }
        requireCounted();
        counter.catchUp();
        var asOf = LocalDate.now(clock.withZone(zone));
        var whole = query.indicator().partOf();
        var indicators = new java.util.ArrayList<>(List.of(query.indicator()));
        whole.ifPresent(indicators::add);
        var tables = counted.count(indicators, query.breakdown(), query.year()); // one statement: the two agree
        var counts = tables.get(query.indicator());
        if (query.breakdown().overYears()) {
            var trend = overYears(counts, whole.map(tables::get));
            audit.record(user.actor(), AuditRecord.succeeded(action, "indicator", query.indicator()).withDetails("YEAR"));
            var rules = new java.util.ArrayList<>(smallCells.rules());
            rules.add(new SmallCells.Rule("statistics.rule.over-years", List.of()));
            return new Table(query, trend, rules, asOf);
        }
        var published = whole.map(tables::get).map(all -> {
            var rest = new java.util.HashMap<String, Long>();
            all.rows().forEach((row, n) -> rest.put(row, n - counts.rows().getOrDefault(row, 0L)));
            return smallCells.publish(counts.rows(), counts.total(), rest, all.total() - counts.total());
        }).orElseGet(() -> smallCells.publish(counts.rows(), counts.total()));
        audit.record(user.actor(), AuditRecord.succeeded(action, "indicator", query.indicator())
                .withDetails(query.breakdown() + " " + query.year()));
        return new Table(query, published, smallCells.rules(), asOf);
    }

    /**
     * The trend over years: each year exactly as that year's own table publishes its total (so that
     * nothing hidden there can be worked out here), every year from the first counted to this one,
     * and no total over years (a child can count in several years, and a total would let a hidden
     * year be worked out from the years shown).
     */
    private SmallCells.Published overYears(Counting.Counts counts, java.util.Optional<Counting.Counts> whole) {
        var rows = new java.util.LinkedHashMap<String, SmallCells.Cell>();
        var counted = new java.util.TreeSet<String>(counts.rows().keySet());
        whole.ifPresent(all -> counted.addAll(all.rows().keySet()));
        if (!counted.isEmpty()) {
            for (var year = Year.parse(counted.first()); !year.isAfter(Year.now(clock.withZone(zone))); year = year.plusYears(1)) {
                String key = year.toString();
                long part = counts.rows().getOrDefault(key, 0L);
                var alone = whole.map(all -> {
                    long rest = all.rows().getOrDefault(key, 0L) - part;
                    return smallCells.publish(java.util.Map.of("all", part), part, java.util.Map.of("all", rest), rest);
                }).orElseGet(() -> smallCells.publish(java.util.Map.of("all", part), part));
                rows.put(key, alone.total());
            }
        }
        return new SmallCells.Published(rows, SmallCells.Cell.hidden(), smallCells.threshold(), smallCells.roundTo(), false);
    }

    /** Nothing is published from a partial count: while every case is first counted (at start-up), tables wait. */
    private void requireCounted() {
        if (!counter.countedByTheseDefinitions()) {
            throw new DomainRuleViolation("statistics.being-counted");
        }
    }

    /** Whether the user may open the cases behind a count: the national coordinator, who sees all cases by reference. */
    public boolean mayDrillDown(SignedInUser user) {
        return user.hasRole(Role.COORDINATOR);
    }

    /**
     * The cases behind one row of a table, by reference and lead agency only (as on the coordination
     * pages), for the coordinator; analysts see aggregates only. Audited.
     */
    public List<CaseFiles.CaseReference> casesBehind(SignedInUser user, Query query, String row) {
        if (!mayDrillDown(user)) {
            audit.record(user.actor(), AuditRecord.refused("statistics.drilled-down", "indicator", query.indicator()));
            throw new NoAccess("Only the national coordinator opens the cases behind a count");
        }
        if (query.year() == null || !years().contains(query.year())) {
            throw new DomainRuleViolation("statistics.year.invalid", String.valueOf(FIRST_YEAR));
        }
        requireCounted();
        counter.catchUp();
        var ids = counted.casesIn(query.indicator(), query.breakdown(), query.year(), row);
        String shownRow = row == null ? "" : row.replaceAll("\\s+", " ").strip();
        audit.record(user.actor(), AuditRecord.succeeded("statistics.drilled-down", "indicator", query.indicator())
                .withDetails(query.breakdown() + " " + query.year() + " row '"
                        + shownRow.substring(0, Math.min(60, shownRow.length())) + "': " + ids.size() + " cases"));
        return caseFiles.casesOfIds(ids.size() > DRILL_DOWN_LIMIT ? ids.subList(0, DRILL_DOWN_LIMIT) : ids);
    }
}
