package org.haven.audit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.time.Clock;
import java.util.Optional;

/**
 * Writes audit entries. Joins the caller's transaction, so an entry is committed exactly when the
 * action it describes is, and a rolled-back action leaves no entry claiming it happened.
 */
@Service
public class AuditTrail {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;

    AuditTrail(JdbcClient jdbc, Clock clock, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Transactional
    public void record(Actor actor, AuditRecord record) {
        write(actor, record, sourceAddress().orElse(null));
    }

    /**
     * For what an anonymous reporter does: recorded like everything else, but without where it came
     * from, so that no address can lead back to a child who reported.
     */
    @Transactional
    public void recordWithoutSource(Actor actor, AuditRecord record) {
        // The day only: an exact time could be matched against a proxy's logs to find the sender.
        write(actor, record, null, clock.instant().truncatedTo(java.time.temporal.ChronoUnit.DAYS));
    }

    private void write(Actor actor, AuditRecord record, String source) {
        write(actor, record, source, clock.instant());
    }

    private void write(Actor actor, AuditRecord record, String source, java.time.Instant at) {
        if (TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            // A read (or a refused read) inside a read-only transaction is still written, in its own.
            ownTransaction.executeWithoutResult(status -> insert(actor, record, source, at));
        } else {
            insert(actor, record, source, at);
        }
    }

    private void insert(Actor actor, AuditRecord record, String source, java.time.Instant at) {
        jdbc.sql("""
                        INSERT INTO audit_event (occurred_at, actor_id, actor_name, organisation_id, action, outcome,
                                                 subject_type, subject_id, case_id, reason, source_address, details)
                        VALUES (:at, :actorId, :actorName, :org, :action, :outcome,
                                :subjectType, :subjectId, :caseId, :reason, :source, :details)""")
                .param("at", java.sql.Timestamp.from(at))
                .param("actorId", actor.id())
                .param("actorName", actor.name())
                .param("org", actor.organisationId())
                .param("action", record.action())
                .param("outcome", record.outcome().name())
                .param("subjectType", record.subjectType())
                .param("subjectId", record.subjectId())
                .param("caseId", record.caseId())
                .param("reason", record.reason())
                .param("source", source)
                .param("details", record.details())
                .update();
    }

    private static Optional<String> sourceAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return Optional.ofNullable(attributes.getRequest().getRemoteAddr());
        }
        return Optional.empty();
    }
}
