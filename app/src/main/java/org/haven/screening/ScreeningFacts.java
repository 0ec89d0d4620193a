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

    /**
     * The cases among these whose every screening decision is "not a victim" (one screening's "not a
     * victim" does not undo another's presumption: see {@code Identification}).
     */
    public Set<UUID> decidedNotVictims(java.util.Collection<UUID> caseIds) {
        return new java.util.HashSet<>(jdbc.sql("""
                        SELECT case_id FROM screening_screening WHERE case_id = ANY(:cases) AND decision_status IS NOT NULL
                        GROUP BY case_id HAVING bool_and(decision_status = 'NOT_A_VICTIM')""")
                .param("cases", caseIds.toArray(UUID[]::new)).query(UUID.class).list());
    }
}
