package org.haven.casework;

import org.haven.access.Role;
import org.haven.access.SignedInUser;
import org.haven.audit.AuditRecord;
import org.haven.audit.AuditTrail;
import org.haven.directory.Directory;
import org.haven.directory.Organisation;
import org.haven.directory.OrganisationId;
import org.haven.platform.NoAccess;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The national coordinator's view: which children wait too long for what. Numbers by case stage,
 * overdue steps by agency and by step, children missing now; each number opens the list behind it,
 * which names cases by reference and agency only (the child's record still needs team membership).
 */
@Service
@Transactional(noRollbackFor = NoAccess.class)
public class Coordination {

    /** A number on the dashboard and the list it opens. */
    public record Count(String label, String key, long count) {
    }

    public record Overview(List<Count> byStatus, List<Count> overdueByAgency, List<Count> overdueBySteps,
                           long missingNow, long escalatedToCoordinator) {
    }

    /** A line of a list behind a number. */
    public record Line(UUID caseId, String reference, String agency, String what, Instant since) {
    }

    public enum ListKind { STATUS, AGENCY, STEP, MISSING, ESCALATED }

    private final JdbcClient jdbc;
    private final Directory directory;
    private final AuditTrail audit;
    private final Clock clock;

    Coordination(JdbcClient jdbc, Directory directory, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.audit = audit;
        this.clock = clock;
    }

    public Overview overview(SignedInUser user) {
        require(user, "coordination.viewed");
        var now = Timestamp.from(clock.instant());
        var byStatus = jdbc.sql("SELECT status, count(*) AS n FROM casework_case GROUP BY status ORDER BY status")
                .query((rs, i) -> new Count(rs.getString("status"), rs.getString("status"), rs.getLong("n"))).list();
        var byAgency = jdbc.sql("""
                        SELECT c.lead_agency_id, count(*) AS n FROM casework_task t JOIN casework_case c ON c.id = t.case_id
                        WHERE t.done_at IS NULL AND t.due_at < :now GROUP BY c.lead_agency_id ORDER BY n DESC""")
                .param("now", now)
                .query((rs, i) -> {
                    UUID agency = rs.getObject("lead_agency_id", UUID.class);
                    return new Count(agencyName(agency), agency.toString(), rs.getLong("n"));
                }).list();
        var bySteps = jdbc.sql("""
                        SELECT t.step, count(*) AS n FROM casework_task t
                        WHERE t.done_at IS NULL AND t.due_at < :now AND t.step IS NOT NULL GROUP BY t.step ORDER BY n DESC""")
                .param("now", now)
                .query((rs, i) -> new Count(rs.getString("step"), rs.getString("step"), rs.getLong("n"))).list();
        long missing = jdbc.sql("SELECT count(*) FROM casework_missing_episode WHERE found_at IS NULL").query(Long.class).single();
        long escalated = jdbc.sql("""
                        SELECT count(*) FROM casework_task WHERE done_at IS NULL AND escalated_at IS NOT NULL
                        AND escalate_to = 'COORDINATOR'""").query(Long.class).single();
        return new Overview(byStatus, byAgency, bySteps, missing, escalated);
    }

    /** The cases behind one number. */
    public List<Line> list(SignedInUser user, ListKind kind, String key) {
        require(user, "coordination.listed");
        var now = Timestamp.from(clock.instant());
        String sql = switch (kind) {
            case STATUS -> """
                    SELECT c.id, c.reference, c.lead_agency_id, c.status AS what, c.last_changed_at AS since
                    FROM casework_case c WHERE c.status = :key ORDER BY c.last_changed_at LIMIT 500""";
            case AGENCY -> """
                    SELECT c.id, c.reference, c.lead_agency_id, coalesce(t.step, t.kind) AS what, t.due_at AS since
                    FROM casework_task t JOIN casework_case c ON c.id = t.case_id
                    WHERE t.done_at IS NULL AND t.due_at < :now AND c.lead_agency_id = CAST(:key AS UUID)
                    ORDER BY t.due_at LIMIT 500""";
            case STEP -> """
                    SELECT c.id, c.reference, c.lead_agency_id, t.step AS what, t.due_at AS since
                    FROM casework_task t JOIN casework_case c ON c.id = t.case_id
                    WHERE t.done_at IS NULL AND t.due_at < :now AND t.step = :key ORDER BY t.due_at LIMIT 500""";
            case MISSING -> """
                    SELECT c.id, c.reference, c.lead_agency_id, m.risk AS what, m.missing_since AS since
                    FROM casework_missing_episode m JOIN casework_case c ON c.id = m.case_id
                    WHERE m.found_at IS NULL ORDER BY m.missing_since LIMIT 500""";
            case ESCALATED -> """
                    SELECT c.id, c.reference, c.lead_agency_id, coalesce(t.step, t.kind) AS what, t.due_at AS since
                    FROM casework_task t JOIN casework_case c ON c.id = t.case_id
                    WHERE t.done_at IS NULL AND t.escalated_at IS NOT NULL AND t.escalate_to = 'COORDINATOR'
                    ORDER BY t.due_at LIMIT 500""";
        };
        var statement = jdbc.sql(sql);
        if (sql.contains(":key")) {
            statement = statement.param("key", key == null ? "" : key);
        }
        if (sql.contains(":now")) {
            statement = statement.param("now", now);
        }
        if (kind == ListKind.AGENCY && !isUuid(key)) {
            return List.of();
        }
        return statement.query((rs, i) -> new Line(rs.getObject("id", UUID.class), rs.getString("reference"),
                agencyName(rs.getObject("lead_agency_id", UUID.class)), rs.getString("what"),
                rs.getTimestamp("since").toInstant())).list();
    }

    private String agencyName(UUID agency) {
        return directory.find(new OrganisationId(agency)).map(Organisation::name).orElse("?");
    }

    private void require(SignedInUser user, String action) {
        if (!user.hasRole(Role.COORDINATOR)) {
            audit.record(user.actor(), AuditRecord.refused(action, "coordination", null));
            throw new NoAccess("The coordination dashboard is for national coordinators");
        }
        audit.record(user.actor(), AuditRecord.succeeded(action, "coordination", null));
    }

    private static boolean isUuid(String key) {
        try {
            UUID.fromString(key);
            return true;
        } catch (IllegalArgumentException | NullPointerException notOne) {
            return false;
        }
    }
}
