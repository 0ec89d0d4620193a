package org.haven.casework;

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

/** Notices read longer ago than {@code haven.retention.read-notices} (one year) are deleted. */
@Component
class ReadNoticeRetention extends RetentionPeriod {

    private static final String DUE = """
            FROM casework_notification WHERE read_at < :before AND (case_id IS NULL OR case_id NOT IN (:held))""";

    private final JdbcClient jdbc;

    ReadNoticeRetention(JdbcClient jdbc, @Value("${haven.retention.read-notices:P1Y}") Period keptFor) {
        super("retention.rule.read-notices", keptFor);
        this.jdbc = jdbc;
    }

    @Override
    public List<String> due(Instant now, Set<UUID> heldCases) {
        long count = jdbc.sql("SELECT count(*) " + DUE).param("before", keptSince(now)).param("held", held(heldCases))
                .query(Long.class).single();
        return count == 0 ? List.of() : List.of(count + " notices");
    }

    @Override
    public int apply(Instant now, Set<UUID> heldCases) {
        return jdbc.sql("DELETE " + DUE).param("before", keptSince(now)).param("held", held(heldCases)).update();
    }

    /** SQL's IN needs at least one value; a random id matches no case. */
    private static List<UUID> held(Set<UUID> heldCases) {
        return heldCases.isEmpty() ? List.of(UUID.randomUUID()) : List.copyOf(heldCases);
    }
}
