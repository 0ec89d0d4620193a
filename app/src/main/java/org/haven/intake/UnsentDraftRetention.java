package org.haven.intake;

import org.haven.platform.subject.RetentionPeriod;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Referral drafts never sent are deleted after {@code haven.retention.unsent-referral-drafts}
 * (90 days), with their files: nobody but their writer ever saw them.
 */
@Component
class UnsentDraftRetention extends RetentionPeriod {

    private final JdbcClient jdbc;

    UnsentDraftRetention(JdbcClient jdbc, @Value("${haven.retention.unsent-referral-drafts:P90D}") Period keptFor) {
        super("retention.rule.unsent-drafts", keptFor);
        this.jdbc = jdbc;
    }

    @Override
    public List<String> due(Instant now, Set<UUID> heldCases) {
        return jdbc.sql("SELECT created_at FROM intake_referral WHERE status = 'DRAFT' AND submitted_at IS NULL AND created_at < :before ORDER BY created_at")
                .param("before", keptSince(now))
                .query((rs, n) -> "draft of " + rs.getTimestamp(1).toInstant().atOffset(ZoneOffset.UTC).toLocalDate()).list();
    }

    @Override
    public int apply(Instant now, Set<UUID> heldCases) {
        return jdbc.sql("DELETE FROM intake_referral WHERE status = 'DRAFT' AND submitted_at IS NULL AND created_at < :before")
                .param("before", keptSince(now)).update();
    }
}
