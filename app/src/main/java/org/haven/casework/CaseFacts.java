package org.haven.casework;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
                       int interviews, List<MissingSpell> missing) {
    }

    /** A time the child went missing, and when they were found (null while still missing). */
    public record MissingSpell(Instant since, Instant foundAt) {
    }

    public List<Fact> all() {
        return jdbc.sql("""
                        SELECT c.id, c.child_id, c.lead_agency_id, c.opened_at, c.status, c.protection_status, c.protected_since,
                               m.reached_at AS guardian_at, coalesce(i.interviews, 0) AS interviews, e.missing
                        FROM casework_case c
                        LEFT JOIN casework_case_milestone m ON m.casework_case = c.id AND m.milestone = 'GUARDIAN_APPOINTED'
                        LEFT JOIN (SELECT case_id, count(*) AS interviews FROM casework_interview GROUP BY case_id) i
                               ON i.case_id = c.id
                        LEFT JOIN (SELECT case_id, string_agg(floor(extract(epoch FROM missing_since))::bigint || ':'
                                          || coalesce(floor(extract(epoch FROM found_at))::bigint::text, ''), ',') AS missing
                                     FROM casework_missing_episode GROUP BY case_id) e ON e.case_id = c.id""")
                .query((rs, n) -> new Fact(rs.getObject("id", UUID.class), rs.getObject("child_id", UUID.class),
                        rs.getObject("lead_agency_id", UUID.class), rs.getTimestamp("opened_at").toInstant(),
                        CaseStatus.valueOf(rs.getString("status")), ProtectionStatus.valueOf(rs.getString("protection_status")),
                        instant(rs.getTimestamp("protected_since")), instant(rs.getTimestamp("guardian_at")),
                        rs.getInt("interviews"), spells(rs.getString("missing"))))
                .list();
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
