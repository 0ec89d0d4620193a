package org.haven.casework;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the statistics count about every case, anonymised ones included: ids, dates and statuses,
 * never a word written about the child. Callers publish only aggregates (see {@code statistics}).
 */
@Service
@Transactional(readOnly = true)
public class CaseFacts {

    private final JdbcClient jdbc;

    CaseFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One case as the statistics see it. */
    public record Fact(UUID caseId, UUID childId, UUID leadAgencyId, Instant openedAt, CaseStatus status,
                       ProtectionStatus protectionStatus, Instant protectedSince, Instant guardianAppointedAt,
                       int interviews, List<MissingSpell> missing, Instant firstInterviewAt, List<Stay> safePlacements) {
    }

    /** A placement that is not restrictive: from the first day to the last (null while it goes on). */
    public record Stay(java.time.LocalDate from, java.time.LocalDate to) {
    }

    /** A time the child went missing, and when they were found (null while still missing). */
    public record MissingSpell(Instant since, Instant foundAt) {
    }

    /** The facts of these cases (those that exist). */
    public List<Fact> of(java.util.Collection<UUID> caseIds) {
        return facts("SELECT id, child_id, lead_agency_id, opened_at, status, protection_status, protected_since "
                        + "FROM casework_case WHERE id = ANY(:ids)",
                Map.of("ids", caseIds.toArray(UUID[]::new)));
    }

    /** The cases of these children (to count a corrected child again). */
    public List<UUID> casesOfChildren(java.util.Collection<UUID> childIds) {
        return jdbc.sql("SELECT id FROM casework_case WHERE child_id = ANY(:children)")
                .param("children", childIds.toArray(UUID[]::new)).query(UUID.class).list();
    }

    /**
     * The next cases by id after {@code after} (use {@link #FIRST} to start), at most {@code limit}: the
     * statistics read every case a page at a time, so that a million cases are never all in memory.
     */
    public List<Fact> page(UUID after, int limit) {
        return facts("SELECT id, child_id, lead_agency_id, opened_at, status, protection_status, protected_since "
                        + "FROM casework_case WHERE id > :after ORDER BY id LIMIT :limit",
                Map.of("after", after, "limit", limit));
    }

    /** The id before every case's, to start {@link #page}. */
    public static final UUID FIRST = new UUID(0, 0);

    private List<Fact> facts(String cases, Map<String, Object> params) {
        return jdbc.sql("""
                        WITH c AS MATERIALIZED (%s)
                        SELECT c.id, c.child_id, c.lead_agency_id, c.opened_at, c.status, c.protection_status, c.protected_since,
                               m.reached_at AS guardian_at, coalesce(i.interviews, 0) AS interviews, i.first_interview, e.missing,
                               p.stays
                        FROM c
                        LEFT JOIN casework_case_milestone m ON m.casework_case = c.id AND m.milestone = 'GUARDIAN_APPOINTED'
                        LEFT JOIN (SELECT case_id, count(*) AS interviews, min(held_at) AS first_interview FROM casework_interview
                                    WHERE case_id IN (SELECT id FROM c) GROUP BY case_id) i ON i.case_id = c.id
                        LEFT JOIN (SELECT case_id, string_agg((from_date - date '1970-01-01') || ':'
                                          || coalesce((to_date - date '1970-01-01')::text, ''), ',') AS stays
                                     FROM casework_placement WHERE case_id IN (SELECT id FROM c) AND NOT restrictive
                                    GROUP BY case_id) p ON p.case_id = c.id
                        LEFT JOIN (SELECT case_id, string_agg(floor(extract(epoch FROM missing_since))::bigint || ':'
                                          || coalesce(floor(extract(epoch FROM found_at))::bigint::text, ''), ',') AS missing
                                     FROM casework_missing_episode WHERE case_id IN (SELECT id FROM c) GROUP BY case_id) e
                               ON e.case_id = c.id
                        ORDER BY c.id""".formatted(cases))
                .params(params)
                .query((rs, n) -> new Fact(rs.getObject("id", UUID.class), rs.getObject("child_id", UUID.class),
                        rs.getObject("lead_agency_id", UUID.class), rs.getTimestamp("opened_at").toInstant(),
                        CaseStatus.valueOf(rs.getString("status")), ProtectionStatus.valueOf(rs.getString("protection_status")),
                        instant(rs.getTimestamp("protected_since")), instant(rs.getTimestamp("guardian_at")),
                        rs.getInt("interviews"), spells(rs.getString("missing")), instant(rs.getTimestamp("first_interview")),
                        stays(rs.getString("stays"))))
                .list();
    }

    private static List<Stay> stays(String joined) {
        var stays = new ArrayList<Stay>();
        if (joined != null) {
            for (String stay : joined.split(",")) {
                String[] days = stay.split(":", -1);
                stays.add(new Stay(java.time.LocalDate.ofEpochDay(Long.parseLong(days[0])),
                        days[1].isEmpty() ? null : java.time.LocalDate.ofEpochDay(Long.parseLong(days[1]))));
            }
        }
        return stays;
    }

    private static List<MissingSpell> spells(String joined) {
        var spells = new ArrayList<MissingSpell>();
        if (joined != null) {
            for (String spell : joined.split(",")) {
                String[] parts = spell.split(":", -1);
                spells.add(new MissingSpell(Instant.ofEpochSecond(Long.parseLong(parts[0])),
                        parts[1].isEmpty() ? null : Instant.ofEpochSecond(Long.parseLong(parts[1]))));
            }
        }
        return spells;
    }

    private static Instant instant(Timestamp at) {
        return at == null ? null : at.toInstant();
    }
}
