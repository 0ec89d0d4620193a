package org.haven.dataprotection;

import org.haven.access.Role;
import org.haven.access.SignedInUser;
import org.haven.audit.AuditRecord;
import org.haven.audit.AuditTrail;
import org.haven.casework.CaseFiles;
import org.haven.platform.DomainRuleViolation;
import org.haven.platform.NoAccess;
import org.haven.platform.NotFound;
import org.haven.platform.crypto.FieldCipher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Legal hold: a case a court, an inquiry or a complaint still needs is kept from every retention
 * rule until the hold is lifted, with a reason each way. Placed and lifted by the data-protection
 * auditors; audited.
 */
@Service
@Transactional(noRollbackFor = NoAccess.class)
public class LegalHolds {

    private final JdbcClient jdbc;
    private final CaseFiles caseFiles;
    private final FieldCipher cipher;
    private final AuditTrail audit;
    private final Clock clock;

    LegalHolds(JdbcClient jdbc, CaseFiles caseFiles, FieldCipher cipher, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.caseFiles = caseFiles;
        this.cipher = cipher;
        this.audit = audit;
        this.clock = clock;
    }

    public record Hold(UUID id, String caseReference, String reason, Instant placedAt) {
    }

    public void place(SignedInUser auditor, String caseReference, String reason) {
        requireAuditor(auditor, "legal-hold.placed");
        var found = caseFiles.byReference(caseReference).orElseThrow(() -> new DomainRuleViolation("legal-hold.case.unknown"));
        if (reason == null || reason.isBlank()) {
            throw new DomainRuleViolation("legal-hold.reason.required");
        }
        jdbc.sql("""
                        INSERT INTO dataprotection_legal_hold (id, case_id, reason, placed_by, placed_at)
                        VALUES (:id, :case, :reason, :by, :at)""")
                .param("id", UUID.randomUUID()).param("case", found.id().value()).param("reason", cipher.encrypt(reason.strip()))
                .param("by", auditor.id().value()).param("at", Timestamp.from(clock.instant())).update();
        audit.record(auditor.actor(), AuditRecord.succeeded("legal-hold.placed", "case", found.id()).inCase(found.id().value()));
    }

    public void lift(SignedInUser auditor, UUID holdId, String reason) {
        requireAuditor(auditor, "legal-hold.lifted");
        boolean active = jdbc.sql("SELECT count(*) FROM dataprotection_legal_hold WHERE id = :id AND lifted_at IS NULL")
                .param("id", holdId).query(Long.class).single() > 0;
        if (!active) {
            throw new NotFound("legal hold", holdId);
        }
        if (reason == null || reason.isBlank()) {
            throw new DomainRuleViolation("legal-hold.reason.required");
        }
        jdbc.sql("""
                        UPDATE dataprotection_legal_hold SET lifted_by = :by, lifted_at = :at, lift_reason = :reason
                        WHERE id = :id AND lifted_at IS NULL""")
                .param("by", auditor.id().value()).param("at", Timestamp.from(clock.instant()))
                .param("reason", cipher.encrypt(reason.strip())).param("id", holdId).update();
        audit.record(auditor.actor(), AuditRecord.succeeded("legal-hold.lifted", "legal-hold", holdId));
    }

    @Transactional(readOnly = true)
    public List<Hold> active(SignedInUser auditor) {
        requireAuditor(auditor, "legal-hold.listed");
        return jdbc.sql("""
                        SELECT id, case_id, reason, placed_at FROM dataprotection_legal_hold
                        WHERE lifted_at IS NULL ORDER BY placed_at DESC""")
                .query((rs, n) -> new Hold(rs.getObject(1, UUID.class), referenceOf(rs.getObject(2, UUID.class)),
                        cipher.decrypt(rs.getString(3)), rs.getTimestamp(4).toInstant())).list();
    }

    /** The cases no retention rule may touch now. */
    @Transactional(readOnly = true)
    public Set<UUID> heldCases() {
        return jdbc.sql("SELECT case_id FROM dataprotection_legal_hold WHERE lifted_at IS NULL").query(UUID.class).list()
                .stream().collect(Collectors.toSet());
    }

    private String referenceOf(UUID caseId) {
        return caseFiles.casesOfIds(Set.of(caseId)).stream().findFirst().map(CaseFiles.CaseReference::reference).orElse("?");
    }

    private void requireAuditor(SignedInUser user, String action) {
        if (!user.hasRole(Role.AUDITOR)) {
            audit.record(user.actor(), AuditRecord.refused(action, "legal-hold", null));
            throw new NoAccess("Only the data-protection auditors place and lift legal holds");
        }
    }
}
