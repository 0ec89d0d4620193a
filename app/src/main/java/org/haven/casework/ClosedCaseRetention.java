package org.haven.casework;

import org.haven.audit.Actor;
import org.haven.audit.AuditRecord;
import org.haven.audit.AuditTrail;
import org.haven.person.ChildId;
import org.haven.person.ChildRegistry;
import org.haven.platform.subject.ModuleRows;
import org.haven.platform.subject.RetentionPeriod;
import org.haven.platform.subject.SubjectKeys;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A case closed longer than {@code haven.retention.closed-cases} (five years by default) is
 * anonymised: everything written about the child in it is removed, here and, through
 * {@link CaseAnonymised}, in every module that keeps records in it; the child's record loses its
 * names once none of their cases is still kept. Dates, statuses and protection status stay, so the
 * numbers still count the child.
 */
@Component
class ClosedCaseRetention extends RetentionPeriod {

    private static final Actor RETENTION = Actor.system("retention");

    private final JdbcClient jdbc;
    private final ModuleRows rows;
    private final ChildRegistry children;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;

    ClosedCaseRetention(JdbcClient jdbc, ModuleRows rows, ChildRegistry children, ApplicationEventPublisher events,
                        AuditTrail audit, @Value("${haven.retention.closed-cases:P5Y}") Period keptFor) {
        super("retention.rule.closed-cases", keptFor);
        this.jdbc = jdbc;
        this.rows = rows;
        this.children = children;
        this.events = events;
        this.audit = audit;
    }

    private record Due(UUID caseId, String reference, UUID childId, Instant closedAt) {
    }

    private List<Due> dueCases(Instant now, Set<UUID> heldCases) {
        return jdbc.sql("""
                        SELECT id, reference, child_id, last_changed_at FROM casework_case
                        WHERE status IN ('CLOSED', 'CLOSED_REFERRED') AND anonymised_at IS NULL AND last_changed_at < :before
                        ORDER BY last_changed_at""")
                .param("before", keptSince(now))
                .query((rs, n) -> new Due(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, UUID.class),
                        rs.getTimestamp(4).toInstant())).list().stream()
                .filter(due -> !heldCases.contains(due.caseId())).toList();
    }

    @Override
    public List<String> due(Instant now, Set<UUID> heldCases) {
        return dueCases(now, heldCases).stream()
                .map(due -> due.reference() + " (closed " + due.closedAt().atOffset(ZoneOffset.UTC).toLocalDate() + ")").toList();
    }

    @Override
    public int apply(Instant now, Set<UUID> heldCases) {
        var due = dueCases(now, heldCases);
        for (var kase : due) {
            rows.erase(new SubjectKeys(Set.of(), Set.of(kase.caseId())), "casework_",
                    Map.of("casework_case", "id IN (:cases)"), Set.of("casework_notification.argument"));
            jdbc.sql("UPDATE casework_case SET anonymised_at = :at, version = version + 1 WHERE id = :id")
                    .param("at", Timestamp.from(now)).param("id", kase.caseId()).update();
            events.publishEvent(new CaseAnonymised(new CaseId(kase.caseId())));
            audit.record(RETENTION, AuditRecord.succeeded("retention.case.anonymised", "case", kase.caseId())
                    .inCase(kase.caseId()).withDetails("closed " + kase.closedAt() + ", kept " + keptFor));
            boolean allGone = jdbc.sql("SELECT count(*) FROM casework_case WHERE child_id = :child AND anonymised_at IS NULL")
                    .param("child", kase.childId()).query(Long.class).single() == 0;
            if (allGone) {
                children.anonymise(RETENTION, new ChildId(kase.childId()));
            }
        }
        return due.size();
    }
}
