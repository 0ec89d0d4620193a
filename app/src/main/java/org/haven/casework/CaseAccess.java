package org.haven.casework;

import org.haven.access.SignedInUser;
import org.haven.audit.AuditRecord;
import org.haven.audit.AuditTrail;
import org.haven.platform.NoAccess;
import org.springframework.stereotype.Component;

/**
 * Need-to-know for cases: only members of a case's team see it, and only those whose part in the
 * team allows it change it. A refused attempt is audited before it is refused.
 */
@Component
class CaseAccess {

    private final AuditTrail audit;

    CaseAccess(AuditTrail audit) {
        this.audit = audit;
    }

    void requireMember(SignedInUser user, Case kase, String action) {
        if (kase.memberRole(user.id().value()).isEmpty()) {
            refuse(user, kase, action);
        }
    }

    void requireManager(SignedInUser user, Case kase, String action) {
        boolean manages = kase.memberRole(user.id().value()).map(TeamRole::mayManageCase).orElse(false);
        if (!manages) {
            refuse(user, kase, action);
        }
    }

    private void refuse(SignedInUser user, Case kase, String action) {
        audit.record(user.actor(), AuditRecord.refused(action, "case", kase.id()).inCase(kase.id().value()));
        throw new NoAccess("Only the case team may see or change this case");
    }
}
