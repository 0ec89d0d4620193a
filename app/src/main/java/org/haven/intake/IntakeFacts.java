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

    /** The first referral accepted into a case: the referring agency and when it was accepted (null for those accepted before it was recorded). */
    public record Referred(UUID agencyId, java.time.Instant acceptedAt) {
    }

    /** Case id to the first referral accepted into it, for the cases among these that one was accepted into. */
    public Map<UUID, Referred> referrals(Collection<UUID> caseIds) {
        var referred = new HashMap<UUID, Referred>();
        jdbc.sql("""
                        SELECT DISTINCT ON (case_id) case_id, referrer_agency_id, accepted_at FROM intake_referral
                        WHERE case_id = ANY(:ids) AND status = 'ACCEPTED' ORDER BY case_id, accepted_at NULLS LAST, submitted_at, id""")
                .param("ids", caseIds.toArray(UUID[]::new))
                .query(rs -> {
                    var accepted = rs.getTimestamp(3);
                    referred.put(rs.getObject(1, UUID.class), new Referred(rs.getObject(2, UUID.class),
                            accepted == null ? null : accepted.toInstant()));
                });
        return referred;
    }
}
