package org.haven.casework;

import org.haven.access.SignedInUser;
import org.haven.audit.AuditRecord;
import org.haven.audit.AuditTrail;
import org.haven.platform.NoAccess;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Need-to-know for cases: only members of a case's team see it, and only those whose part in the
 * team allows it change it. Someone holding emergency access ({@link EmergencyAccess}) may read the
 * case page, nothing else. A refused attempt is audited before it is refused.
 */
@Component
class CaseAccess {

    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final Clock clock;

    CaseAccess(AuditTrail audit, JdbcClient jdbc, Clock clock) {
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void requireMember(SignedInUser user, Case kase, String action) {
        if (kase.memberRole(user.id().value()).isEmpty()) {
            refuse(user, kase, action);
        }
    }

    /** The case page itself: the team, or someone within an emergency access they opened (audited as such). */
    void requireMemberOrEmergency(SignedInUser user, Case kase, String action) {
        if (kase.memberRole(user.id().value()).isPresent()) {
            return;
        }
        var until = emergencyUntil(user, kase.id());
        if (until.isEmpty()) {
            refuse(user, kase, action);
        }
        audit.record(user.actor(), AuditRecord.succeeded("case.emergency-access.used", "case", kase.id())
                .inCase(kase.id().value()).withDetails(action + ", until " + until.get()));
    }

    void requireManager(SignedInUser user, Case kase, String action) {
        boolean manages = kase.memberRole(user.id().value()).map(TeamRole::mayManageCase).orElse(false);
        if (!manages) {
            refuse(user, kase, action);
        }
    }

    Optional<Instant> emergencyUntil(SignedInUser user, CaseId id) {
        return jdbc.sql("""
                        SELECT max(expires_at) FROM casework_emergency_access
                        WHERE user_id = :user AND case_id = :case AND expires_at > :now""")
                .param("user", user.id().value()).param("case", id.value()).param("now", Timestamp.from(clock.instant()))
                .query((rs, n) -> rs.getTimestamp(1)).optional().filter(Objects::nonNull).map(Timestamp::toInstant);
    }

    private void refuse(SignedInUser user, Case kase, String action) {
        audit.record(user.actor(), AuditRecord.refused(action, "case", kase.id()).inCase(kase.id().value()));
        throw new NoAccess("Only the case team may see or change this case");
    }
}
