package org.haven.statistics;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.haven.bestinterests.BestInterestsFacts;
import org.haven.bestinterests.BestInterestsFactsChanged;
import org.haven.casework.CaseFacts;
import org.haven.casework.CaseFactsChanged;
import org.haven.directory.Directory;
import org.haven.intake.IntakeFacts;
import org.haven.intake.ReferralAccepted;
import org.haven.person.ChildAnonymised;
import org.haven.person.ChildId;
import org.haven.person.ChildRecorded;
import org.haven.person.ChildRegistry;
import org.haven.screening.ScreeningDecided;
import org.haven.screening.ExploitationForm;
import org.haven.screening.ScreeningFacts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Collectors;

/**
 * Keeps {@link CountedCases} current: a case whose facts changed (its events, after the commit) is
 * counted again within seconds, or at once when someone asks for a table; every case is counted
 * anew each night (catching what no event tells, such as an agency's region) and at start-up when
 * the definitions changed ({@link #DEFINITION}).
 */
@Service
class CaseCounter {

    /** Raise it whenever an indicator or breakdown is defined differently: every case is then counted again at start-up. */
    static final int DEFINITION = 1;
    /** How many cases are read at once when all are counted. */
    static final int PAGE = 5_000;

    private static final Logger LOG = LoggerFactory.getLogger(CaseCounter.class);

    private final CaseFacts caseFacts;
    private final ChildRegistry children;
    private final ScreeningFacts screeningFacts;
    private final BestInterestsFacts bestInterestsFacts;
    private final IntakeFacts intakeFacts;
    private final Directory directory;
    private final CountedCases counted;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final ZoneId zone;
    private final Set<UUID> changedCases = ConcurrentHashMap.newKeySet();
    private final Set<UUID> changedChildren = ConcurrentHashMap.newKeySet();
    private volatile boolean countedByTheseDefinitions;
    /** One counting at a time on this node (the database lock keeps nodes apart). */
    private final ReentrantLock counting = new ReentrantLock();

    CaseCounter(CaseFacts caseFacts, ChildRegistry children, ScreeningFacts screeningFacts, BestInterestsFacts bestInterestsFacts,
                IntakeFacts intakeFacts, Directory directory, CountedCases counted, PlatformTransactionManager transactionManager,
                Clock clock, @Value("${haven.time-zone}") ZoneId zone) {
        this.intakeFacts = intakeFacts;
        this.bestInterestsFacts = bestInterestsFacts;
        this.caseFacts = caseFacts;
        this.children = children;
        this.screeningFacts = screeningFacts;
        this.directory = directory;
        this.counted = counted;
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.zone = zone;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(CaseFactsChanged changed) {
        changedCases.add(changed.caseId().value());
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(ScreeningDecided decided) {
        changedCases.add(decided.caseId()); // the forms of exploitation decided
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(BestInterestsFactsChanged changed) {
        changedCases.add(changed.caseId().value()); // a determination, a return, a monitoring report
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(ReferralAccepted accepted) {
        changedCases.add(accepted.caseId().value()); // the agency that referred the child
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(ChildAnonymised anonymised) {
        changedChildren.add(anonymised.child().value()); // the date of birth kept only as a year
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(ChildRecorded recorded) {
        changedChildren.add(recorded.child().value()); // sex, date of birth, nationalities of each of their cases
    }

    /**
     * Every few seconds: the cases changed since are counted again; all cases are, if they were last
     * counted by other definitions (the start-up count failed, or another node has not finished it).
     */
    @Scheduled(fixedDelayString = "${haven.statistics.count-every:PT5S}", initialDelayString = "${haven.statistics.count-every:PT5S}")
    void countChanged() {
        if (!countedByTheseDefinitions()) {
            countAll(true);
            return;
        }
        counting.lock();
        try {
            countChanged(true);
        } finally {
            counting.unlock();
        }
    }

    /**
     * Before a table is read: counts what changed, waiting at most 2 seconds for a count running on
     * this node (else the table is a few seconds behind, or, while every case is counted anew at
     * night, as it was before).
     */
    void catchUp() {
        try {
            if (counting.tryLock(2, TimeUnit.SECONDS)) {
                try {
                    countChanged(false);
                } finally {
                    counting.unlock();
                }
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Whether every case was counted by these definitions, so that tables may be published. Once it
     * is so it stays so (only a new version of Haven changes the definitions), so it is asked of the
     * database only until then.
     */
    boolean countedByTheseDefinitions() {
        if (!countedByTheseDefinitions) {
            countedByTheseDefinitions = transactions.execute(status -> counted.countedByDefinition())
                    .filter(d -> d == DEFINITION).isPresent();
        }
        return countedByTheseDefinitions;
    }

    private void countChanged(boolean wait) {
        if (changedCases.isEmpty() && changedChildren.isEmpty()) {
            return;
        }
        var cases = new HashSet<UUID>(changedCases);
        var ofChildren = new HashSet<UUID>(changedChildren);
        changedCases.removeAll(cases);
        changedChildren.removeAll(ofChildren);
        try {
            if (!count(cases, ofChildren, wait)) {
                changedCases.addAll(cases);
                changedChildren.addAll(ofChildren);
            }
        } catch (RuntimeException failed) {
            // One case that cannot be counted must not hold up the others: each is tried alone, and
            // one that fails again is left to the nightly count.
            LOG.error("Could not count {} changed cases for the statistics together; trying each alone",
                    cases.size() + ofChildren.size(), failed);
            cases.forEach(id -> countAlone(Set.of(id), Set.of()));
            ofChildren.forEach(id -> countAlone(Set.of(), Set.of(id)));
        }
    }

    private void countAlone(Set<UUID> cases, Set<UUID> ofChildren) {
        try {
            count(cases, ofChildren, true);
        } catch (RuntimeException failed) {
            LOG.error("Could not count case {} / child {} for the statistics; the nightly count tries again", cases, ofChildren, failed);
        }
    }

    /** Counts these cases and those of these children again, in one transaction; false if another writer held the lock. */
    private boolean count(Set<UUID> cases, Set<UUID> ofChildren, boolean wait) {
        return Boolean.TRUE.equals(transactions.execute(status -> {
            if (!counted.lockForWriting(wait)) {
                return false;
            }
            var all = new HashSet<>(cases);
            if (!ofChildren.isEmpty()) {
                all.addAll(caseFacts.casesOfChildren(ofChildren));
            }
            counted.replace(all, entries(caseFacts.of(all), agencies()));
            return true;
        }));
    }

    /** Each night, on one node, in the installation's time zone: every case counted anew, in one transaction. */
    @Scheduled(cron = "${haven.statistics.recount:0 40 2 * * *}", zone = "${haven.time-zone}")
    @SchedulerLock(name = "statistics-recount", lockAtMostFor = "PT2H")
    void countAll() {
        countAll(false);
    }

    /**
     * Counts every case anew, in one transaction (readers see the old counts until it commits);
     * {@code onlyIfOutdated}: not if, once this node may write, every case turns out counted by these
     * definitions already (by another node at start-up).
     */
    void countAll(boolean onlyIfOutdated) {
        counting.lock();
        try {
            long started = System.nanoTime();
            Integer cases = transactions.execute(status -> {
                counted.lockForWriting(true);
                if (onlyIfOutdated && counted.countedByDefinition().filter(d -> d == DEFINITION).isPresent()) {
                    return null;
                }
                counted.forgetAll();
                var agencies = agencies();
                var cells = new HashMap<Counting.Cell, Long>();
                int n = 0;
                var after = CaseFacts.FIRST;
                List<CaseFacts.Fact> page;
                do {
                    page = caseFacts.page(after, PAGE);
                    var entries = entries(page, agencies);
                    counted.keep(entries);
                    Counting.change(List.of(), entries).forEach((cell, count) -> cells.merge(cell, count, Long::sum));
                    n += page.size();
                    if (!page.isEmpty()) {
                        after = page.get(page.size() - 1).caseId();
                    }
                } while (page.size() == PAGE);
                counted.change(cells);
                counted.countedAll(DEFINITION, clock.instant());
                return n;
            });
            if (cases != null) {
                LOG.info("Counted all {} cases for the statistics in {} ms", cases, Duration.ofNanos(System.nanoTime() - started).toMillis());
            }
        } finally {
            counting.unlock();
        }
    }

    /**
     * At start-up, before Haven reports itself ready: if the cases were last counted by other
     * definitions (or never), all are counted now (about a minute for a million cases), so that no
     * table is published from a partial count. A failure is logged and retried every few seconds.
     */
    @EventListener(ApplicationStartedEvent.class)
    void countAllIfDefinitionsChanged() {
        try {
            if (!countedByTheseDefinitions()) {
                countAll(true);
            }
        } catch (RuntimeException failed) {
            LOG.error("Could not count the cases for the statistics at start-up; trying again shortly", failed);
        }
    }

    /**
     * Days from the day protection started to the first day in a safe placement that still went on
     * then or began later (negative: the child was already there); null if none, or never protected.
     */
    private Integer daysToSafePlacement(CaseFacts.Fact fact) {
        if (fact.protectedSince() == null) {
            return null;
        }
        var protectedOn = fact.protectedSince().atZone(zone).toLocalDate();
        return fact.safePlacements().stream().filter(stay -> stay.to() == null || !stay.to().isBefore(protectedOn))
                .map(stay -> daysAfterProtection(fact.protectedSince(), stay.from())).min(Integer::compare).orElse(null);
    }

    /** The kind of the referring agency; "unknown" for an agency no longer in the directory; null when not referred. */
    private static String referredBy(IntakeFacts.Referred referral, Agencies agencies) {
        if (referral == null) {
            return null;
        }
        var kind = agencies.kindOf(referral.agencyId());
        return kind == null ? Breakdown.UNKNOWN : kind;
    }

    /** Days from the day protection started to that day (negative: before it); null when either is missing. */
    private Integer daysAfterProtection(java.time.Instant protectedSince, java.time.LocalDate day) {
        if (protectedSince == null || day == null) {
            return null;
        }
        return (int) java.time.temporal.ChronoUnit.DAYS.between(protectedSince.atZone(zone).toLocalDate(), day);
    }

    private ChildCount.Return returned(BestInterestsFacts.Fact fact) {
        if (fact.returnedOn() == null) {
            return null;
        }
        return new ChildCount.Return(startOf(fact.returnedOn()), fact.riskAssessedOn() == null ? null : startOf(fact.riskAssessedOn()),
                fact.monitoring().stream().map(m -> new ChildCount.Report(startOf(m.dueOn()),
                        m.receivedOn() == null ? null : startOf(m.receivedOn()))).toList());
    }

    private java.time.Instant startOf(java.time.LocalDate day) {
        return day.atStartOfDay(zone).toInstant();
    }

    /** Every agency's region and kind, read once for a count. */
    private record Agencies(java.util.Map<UUID, org.haven.directory.Organisation> byId) {
        String regionOf(UUID agency) {
            var organisation = agency == null ? null : byId.get(agency);
            return organisation == null ? null : organisation.region();
        }

        String kindOf(UUID agency) {
            var organisation = agency == null ? null : byId.get(agency);
            return organisation == null ? null : organisation.kind().name();
        }
    }

    private Agencies agencies() {
        var byId = new HashMap<UUID, org.haven.directory.Organisation>();
        directory.all().forEach(o -> byId.put(o.id().value(), o));
        return new Agencies(byId);
    }

    /** The facts of these cases joined from the modules that keep them (no name, no free text), and where each counts. */
    private List<Counting.Entry> entries(List<CaseFacts.Fact> facts, Agencies agencies) {
        if (facts.isEmpty()) {
            return List.of();
        }
        var people = children.facts(facts.stream().map(f -> new ChildId(f.childId())).collect(Collectors.toSet()));
        var caseIds = facts.stream().map(CaseFacts.Fact::caseId).toList();
        var forms = screeningFacts.decidedForms(caseIds);
        var bestInterests = bestInterestsFacts.of(caseIds);
        var referrals = intakeFacts.referrals(caseIds);
        var countedAt = clock.instant();
        var entries = new ArrayList<Counting.Entry>();
        for (var fact : facts) {
            var decided = bestInterests.getOrDefault(fact.caseId(), BestInterestsFacts.Fact.NONE);
            var child = people.get(new ChildId(fact.childId()));
            var count = new ChildCount(fact.caseId(), fact.protectedSince(), fact.protectionStatus().name().equals("IDENTIFIED_VICTIM"),
                    fact.guardianAppointedAt(), fact.interviews(),
                    fact.missing().stream().map(s -> new ChildCount.Spell(s.since(), s.foundAt())).toList(),
                    child == null ? null : child.sex().name(),
                    child == null ? null : child.dateOfBirth().earliest(),
                    child == null ? null : child.dateOfBirth().latest(),
                    child == null ? List.of() : child.nationalities(),
                    agencies.regionOf(fact.leadAgencyId()),
                    forms.getOrDefault(fact.caseId(), Set.of()).stream().map(ExploitationForm::name).collect(Collectors.toSet()),
                    decided.determinedOn().stream().map(this::startOf).toList(), returned(decided), countedAt,
                    daysAfterProtection(fact.protectedSince(), fact.firstInterviewAt() == null ? null
                            : fact.firstInterviewAt().atZone(zone).toLocalDate()),
                    daysToSafePlacement(fact),
                    referredBy(referrals.get(fact.caseId()), agencies));
            entries.addAll(Counting.entries(count, zone));
        }
        return entries;
    }
}
