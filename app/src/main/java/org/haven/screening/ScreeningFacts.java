package org.haven.screening;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** For the statistics: the forms of exploitation decided for each case (presumed or identified victims). */
@Service
@Transactional(readOnly = true)
public class ScreeningFacts {

    private final JdbcClient jdbc;

    ScreeningFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Case id to every form named in a presumed or identified decision on it, for these cases. */
    public Map<UUID, Set<ExploitationForm>> decidedForms(java.util.Collection<UUID> caseIds) {
        var forms = new HashMap<UUID, Set<ExploitationForm>>();
        jdbc.sql("""
                        SELECT s.case_id, f.form FROM screening_screening s JOIN screening_decided_form f ON f.screening = s.id
                        WHERE s.case_id = ANY(:cases) AND s.decision_status IN ('PRESUMED_VICTIM', 'IDENTIFIED_VICTIM')""")
                .param("cases", caseIds.toArray(UUID[]::new))
                .query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), ExploitationForm.valueOf(rs.getString(2))))
                .stream().forEach(e -> forms.computeIfAbsent(e.getKey(), k -> EnumSet.noneOf(ExploitationForm.class)).add(e.getValue()));
        return forms;
    }

    /** Case id to the status of its latest screening decision, for the cases among these with one. */
    public Map<UUID, VictimStatus> latestDecisions(java.util.Collection<UUID> caseIds) {
        var decisions = new HashMap<UUID, VictimStatus>();
        jdbc.sql("""
                        SELECT DISTINCT ON (case_id) case_id, decision_status FROM screening_screening
                        WHERE case_id = ANY(:cases) AND decision_status IS NOT NULL ORDER BY case_id, decided_at DESC""")
                .param("cases", caseIds.toArray(UUID[]::new))
                .query(rs -> {
                    decisions.put(rs.getObject(1, UUID.class), VictimStatus.valueOf(rs.getString(2)));
                });
        return decisions;
    }
}
