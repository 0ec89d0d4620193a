package org.haven.statistics;

import org.haven.access.Role;
import org.haven.access.SignedInUser;
import org.haven.audit.AuditRecord;
import org.haven.audit.AuditTrail;
import org.haven.casework.CaseFacts;
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

    static final int LONGEST_PERIOD_YEARS = 10;

    private final CaseFacts caseFacts;
    private final ChildRegistry children;
    private final ScreeningFacts screeningFacts;
    private final Directory directory;
    private final AuditTrail audit;
    private final ZoneId zone;
    private final SmallCells smallCells;

    Statistics(CaseFacts caseFacts, ChildRegistry children, ScreeningFacts screeningFacts, Directory directory,
               AuditTrail audit, @Value("${haven.time-zone}") ZoneId zone,
               @Value("${haven.statistics.threshold:11}") int threshold, @Value("${haven.statistics.round-to:1}") int roundTo) {
        this.caseFacts = caseFacts;
        this.children = children;
        this.screeningFacts = screeningFacts;
        this.directory = directory;
        this.audit = audit;
        this.zone = zone;
        this.smallCells = new SmallCells(threshold, roundTo);
    }

    /** What was asked for: an indicator, broken down, from the first to the last day. */
    public record Query(Indicator indicator, Breakdown breakdown, LocalDate first, LocalDate last) {
    }

    /** A table as it may be published, with the rules applied to it. */
    public record Table(Query query, SmallCells.Published published, List<SmallCells.Rule> rules) {
    }

    public boolean mayRead(SignedInUser user) {
        return user.hasAnyRole(Role.COORDINATOR, Role.ANALYST);
    }

    public Table table(SignedInUser user, Query query) {
        if (!mayRead(user)) {
            audit.record(user.actor(), AuditRecord.refused("statistics.viewed", "indicator", query.indicator()));
            throw new NoAccess("Statistics are for the national coordinator and analysts");
        }
        if (query.first() == null || query.last() == null || query.last().isBefore(query.first())) {
            throw new DomainRuleViolation("statistics.period.invalid");
        }
        if (query.last().isAfter(query.first().plusYears(LONGEST_PERIOD_YEARS))) {
            throw new DomainRuleViolation("statistics.period.too-long", LONGEST_PERIOD_YEARS);
        }
        var counts = Tabulation.count(cases(), query.indicator(), query.breakdown(), query.first(), query.last(), zone);
        audit.record(user.actor(), AuditRecord.succeeded("statistics.viewed", "indicator", query.indicator())
                .withDetails(query.breakdown() + " " + query.first() + ".." + query.last()));
        return new Table(query, smallCells.publish(counts.rows(), counts.total()), smallCells.rules());
    }

    private List<ChildCount> cases() {
        var people = children.facts();
        var forms = screeningFacts.decidedForms();
        var regions = new java.util.HashMap<java.util.UUID, String>();
        directory.all().forEach(o -> regions.put(o.id().value(), o.region()));
        return caseFacts.all().stream().map(fact -> {
            var child = people.get(new ChildId(fact.childId()));
            return new ChildCount(fact.protectedSince(), fact.protectionStatus().name().equals("IDENTIFIED_VICTIM"),
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
