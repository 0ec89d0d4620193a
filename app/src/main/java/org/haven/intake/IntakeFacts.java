package org.haven.intake;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** For the statistics: which agency referred each case (the first referral accepted into it); never what it said. */
@Service
@Transactional(readOnly = true)
public class IntakeFacts {

    private final JdbcClient jdbc;

    IntakeFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Case id to the referring agency's id, for the cases among these that a referral was accepted into. */
    public Map<UUID, UUID> referringAgencies(Collection<UUID> caseIds) {
        var agencies = new HashMap<UUID, UUID>();
        jdbc.sql("""
                        SELECT DISTINCT ON (case_id) case_id, referrer_agency_id FROM intake_referral
                        WHERE case_id = ANY(:ids) AND status = 'ACCEPTED' ORDER BY case_id, submitted_at""")
                .param("ids", caseIds.toArray(UUID[]::new))
                .query(rs -> {
                    agencies.put(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class));
                });
        return agencies;
    }
}
