package org.haven.statistics;

import org.haven.access.Role;
import org.haven.access.SignedInUser;
import org.haven.audit.AuditRecord;
import org.haven.audit.AuditTrail;
import org.haven.casework.CaseFacts;
import org.haven.casework.CaseFiles;
import org.haven.directory.Directory;
import org.haven.person.ChildId;
import org.haven.person.ChildRegistry;
import org.haven.platform.DomainRuleViolation;
import org.haven.platform.NoAccess;
import org.haven.screening.ExploitationForm;
import org.haven.screening.ScreeningFacts;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

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

    private final CaseFacts caseFacts;
    private final CaseFiles caseFiles;
    private final ChildRegistry children;
    private final ScreeningFacts screeningFacts;
    private final Directory directory;
    private final AuditTrail audit;
    private final ZoneId zone;
    private final java.time.Clock clock;
    private final SmallCells smallCells;
    private final java.time.Duration maxAge;
    private volatile Snapshot snapshot;
    private final java.util.concurrent.atomic.AtomicBoolean refreshing = new java.util.concurrent.atomic.AtomicBoolean();
    private volatile java.time.Instant lastFailure;
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Statistics.class);
    private final java.util.concurrent.ExecutorService refresher = java.util.concurrent.Executors.newSingleThreadExecutor(work -> {
        var thread = new Thread(work, "statistics-snapshot");
        thread.setDaemon(true);
        return thread;
    });

    /** The facts of every case as read at one moment; tables are counted from it. */
    record Snapshot(List<ChildCount> cases, java.time.Instant readAt) {
    }

    Statistics(CaseFacts caseFacts, CaseFiles caseFiles, ChildRegistry children, ScreeningFacts screeningFacts, Directory directory,
               AuditTrail audit, java.time.Clock clock, @Value("${haven.time-zone}") ZoneId zone,
               @Value("${haven.statistics.threshold:11}") int threshold, @Value("${haven.statistics.round-to:1}") int roundTo,
               @Value("${haven.statistics.max-age:PT5M}") java.time.Duration maxAge) {
        this.caseFacts = caseFacts;
        this.caseFiles = caseFiles;
        this.children = children;
        this.screeningFacts = screeningFacts;
        this.directory = directory;
        this.audit = audit;
        this.zone = zone;
        this.clock = clock;
        this.smallCells = new SmallCells(threshold, roundTo);
        this.maxAge = maxAge;
    }

    /**
     * What was asked for: an indicator, broken down, over one calendar year. Periods are whole years
     * so that two published tables never overlap in part (their difference would be a small table
     * nobody checked); the months of a year come as a trend in one table.
     */
    public record Query(Indicator indicator, Breakdown breakdown, Year year) {
        LocalDate first() {
            return year.atDay(1);
        }

        LocalDate last() {
            return year.atMonth(12).atEndOfMonth();
        }
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
        var read = snapshot();
        var cases = read.cases();
        var counts = Tabulation.count(cases, query.indicator(), query.breakdown(), query.first(), query.last(), zone);
        var published = query.indicator().partOf().map(whole -> {
            var all = Tabulation.count(cases, whole, query.breakdown(), query.first(), query.last(), zone);
            var rest = new java.util.HashMap<String, Long>();
            all.rows().forEach((row, n) -> rest.put(row, n - counts.rows().getOrDefault(row, 0L)));
            return smallCells.publish(counts.rows(), counts.total(), rest, all.total() - counts.total());
        }).orElseGet(() -> smallCells.publish(counts.rows(), counts.total()));
        audit.record(user.actor(), AuditRecord.succeeded(action, "indicator", query.indicator())
                .withDetails(query.breakdown() + " " + query.year()));
        return new Table(query, published, smallCells.rules(), read.readAt().atZone(zone).toLocalDate());
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
        var ids = Tabulation.casesIn(snapshot().cases(), query.indicator(), query.breakdown(), query.first(), query.last(), zone, row);
        String shownRow = row == null ? "" : row.replaceAll("\\s+", " ").strip();
        audit.record(user.actor(), AuditRecord.succeeded("statistics.drilled-down", "indicator", query.indicator())
                .withDetails(query.breakdown() + " " + query.year() + " row '"
                        + shownRow.substring(0, Math.min(60, shownRow.length())) + "': " + ids.size() + " cases"));
        return caseFiles.casesOfIds(ids.size() > DRILL_DOWN_LIMIT ? ids.subList(0, DRILL_DOWN_LIMIT) : ids);
    }

    /**
     * The facts as last read. Reading every case is the costly part (seconds on a million cases), so
     * tables are counted from a snapshot: the first request reads it; once it is older than
     * {@code haven.statistics.max-age} (5 minutes) the next request starts reading a new one in the
     * background and is answered from the old one meanwhile (its date is on the table). With a max
     * age of zero every request reads the facts itself.
     */
    Snapshot snapshot() {
        var current = snapshot;
        if (maxAge.isZero() || current == null) {
            synchronized (this) {
                if (maxAge.isZero() || snapshot == null) {
                    snapshot = load();
                }
                return snapshot;
            }
        }
        var now = clock.instant();
        boolean old = current.readAt().plus(maxAge).isBefore(now);
        boolean retryDue = lastFailure == null || lastFailure.plus(maxAge).isBefore(now);
        if (old && retryDue && refreshing.compareAndSet(false, true)) {
            refresher.execute(() -> {
                try {
                    snapshot = load();
                    lastFailure = null;
                } catch (RuntimeException failed) {
                    lastFailure = clock.instant(); // the old snapshot serves on; tried again after max-age
                    LOG.error("Could not read the case facts for the statistics; serving those of {}", current.readAt(), failed);
                } finally {
                    refreshing.set(false);
                }
            });
        }
        return current;
    }

    /** Reads the facts of every case now (the drill-down always does: it names cases). */
    Snapshot load() {
        var readAt = clock.instant();
        return new Snapshot(cases(), readAt);
    }

    @jakarta.annotation.PreDestroy
    void stopRefreshing() {
        refresher.shutdownNow();
    }

    private List<ChildCount> cases() {
        var people = children.facts();
        var forms = screeningFacts.decidedForms();
        var regions = new java.util.HashMap<java.util.UUID, String>();
        directory.all().forEach(o -> regions.put(o.id().value(), o.region()));
        return caseFacts.all().stream().map(fact -> {
            var child = people.get(new ChildId(fact.childId()));
            return new ChildCount(fact.caseId(), fact.protectedSince(), fact.protectionStatus().name().equals("IDENTIFIED_VICTIM"),
                    fact.guardianAppointedAt(), fact.interviews(),
                    fact.missing().stream().map(s -> new ChildCount.Spell(s.since(), s.foundAt())).toList(),
                    child == null ? null : child.sex().name(),
                    child == null ? null : child.dateOfBirth().earliest(),
                    child == null ? null : child.dateOfBirth().latest(),
                    child == null ? List.of() : child.nationalities(),
                    regions.get(fact.leadAgencyId()),
                    forms.getOrDefault(fact.caseId(), Set.of()).stream().map(ExploitationForm::name).collect(Collectors.toSet()));
        }).toList();
    }
}
