package org.haven.audit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Reads the audit log back: for auditors across everything, for a case team about their case. */
@Service
@Transactional(readOnly = true)
public class AuditSearch {

    public static final int PAGE_SIZE = 50;

    private final JdbcClient jdbc;

    AuditSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Criteria an auditor can combine; blank ones are ignored. */
    public record Criteria(String actor, String action, String subject, Instant from, Instant to, int page) {
    }

    public List<AuditEntry> search(Criteria criteria) {
        var where = new ArrayList<String>();
        var params = new java.util.HashMap<String, Object>();
        if (notBlank(criteria.actor())) {
            where.add("lower(actor_name) = lower(:actor)");
            params.put("actor", criteria.actor().strip());
        }
        if (notBlank(criteria.action())) {
            where.add("action LIKE :action");
            params.put("action", criteria.action().strip() + "%");
        }
        if (notBlank(criteria.subject())) {
            where.add("(subject_id = :subject OR case_id::text = :subject)");
            params.put("subject", criteria.subject().strip());
        }
        if (criteria.from() != null) {
            where.add("occurred_at >= :from");
            params.put("from", Timestamp.from(criteria.from()));
        }
        if (criteria.to() != null) {
            where.add("occurred_at < :to");
            params.put("to", Timestamp.from(criteria.to()));
        }
        String sql = "SELECT * FROM audit_event"
                + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
                + " ORDER BY id DESC LIMIT :limit OFFSET :offset";
        params.put("limit", PAGE_SIZE + 1);
        params.put("offset", Math.max(0, criteria.page()) * PAGE_SIZE);
        return jdbc.sql(sql).params(params).query(AuditSearch::entry).list();
    }

    public List<AuditEntry> forCase(UUID caseId, int limit) {
        return jdbc.sql("SELECT * FROM audit_event WHERE case_id = :caseId ORDER BY id DESC LIMIT :limit")
                .param("caseId", caseId)
                .param("limit", limit)
                .query(AuditSearch::entry)
                .list();
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }

    private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
        return new AuditEntry(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(),
                rs.getObject("actor_id", UUID.class), rs.getString("actor_name"),
                rs.getObject("organisation_id", UUID.class), rs.getString("action"),
                AuditEntry.Outcome.valueOf(rs.getString("outcome")), rs.getString("subject_type"),
                rs.getString("subject_id"), rs.getObject("case_id", UUID.class), rs.getString("reason"),
                rs.getString("source_address"), rs.getString("details"));
    }
}
