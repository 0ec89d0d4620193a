package org.haven.bestinterests;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the statistics count about best-interests decisions and returns: dates only, never a word
 * of an assessment, decision or report. Callers publish only aggregates (see {@code statistics}).
 */
@Service
@Transactional(readOnly = true)
public class BestInterestsFacts {

    private final JdbcClient jdbc;

    BestInterestsFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One case's facts: the days determinations were made, and of the latest return carried out the
     * day of the return, the day of its risk and security assessment and its monitoring reports.
     */
    public record Fact(List<LocalDate> determinedOn, LocalDate returnedOn, LocalDate riskAssessedOn, List<Monitoring> monitoring) {
        public static final Fact NONE = new Fact(List.of(), null, null, List.of());
    }

    /** A monitoring report: when it was due, and received (null while it is not). */
    public record Monitoring(LocalDate dueOn, LocalDate receivedOn) {
    }

    /** The facts of these cases; a case without a determination or return is not in the map. */
    public Map<UUID, Fact> of(Collection<UUID> caseIds) {
        var ids = caseIds.toArray(UUID[]::new);
        var determined = new HashMap<UUID, List<LocalDate>>();
        jdbc.sql("SELECT case_id, decided_on FROM bestinterests_determination WHERE case_id = ANY(:ids) ORDER BY decided_on")
                .param("ids", ids)
                .query(rs -> {
                    determined.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>()).add(rs.getObject(2, LocalDate.class));
                });
        var returns = new HashMap<UUID, Fact>();
        jdbc.sql("""
                        WITH latest AS (SELECT DISTINCT ON (case_id) case_id, id, returned_on, risk_assessed_on
                                          FROM bestinterests_return_plan WHERE case_id = ANY(:ids) AND returned_on IS NOT NULL
                                         ORDER BY case_id, returned_on DESC)
                        SELECT l.case_id, l.returned_on, l.risk_assessed_on, m.due_on, m.received_on
                        FROM latest l LEFT JOIN bestinterests_monitoring_report m ON m.return_plan = l.id
                        ORDER BY l.case_id, m.due_on""")
                .param("ids", ids)
                .query(rs -> {
                    var caseId = rs.getObject("case_id", UUID.class);
                    var returnedOn = readDate(rs, "returned_on");
                    var riskAssessedOn = readDate(rs, "risk_assessed_on");
                    var fact = returns.computeIfAbsent(caseId, k -> new Fact(List.of(), returnedOn, riskAssessedOn, new ArrayList<>()));
                    var due = readDate(rs, "due_on");
                    if (due != null) {
                        fact.monitoring().add(new Monitoring(due, readDate(rs, "received_on")));
                    }
                });
        var facts = new HashMap<UUID, Fact>();
        var cases = new java.util.HashSet<>(determined.keySet());
        cases.addAll(returns.keySet());
        for (var caseId : cases) {
            var back = returns.getOrDefault(caseId, Fact.NONE);
            facts.put(caseId, new Fact(List.copyOf(determined.getOrDefault(caseId, List.of())), back.returnedOn(),
                    back.riskAssessedOn(), List.copyOf(back.monitoring())));
        }
        return facts;
    }

    private static LocalDate readDate(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
        return rs.getObject(column, LocalDate.class);
    }
}
