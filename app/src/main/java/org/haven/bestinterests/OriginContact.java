package org.haven.bestinterests;

import org.haven.access.SignedInUser;
import org.haven.audit.AuditRecord;
import org.haven.audit.AuditTrail;
import org.haven.casework.CaseFiles;
import org.haven.casework.CaseId;
import org.haven.platform.DomainRuleViolation;
import org.haven.platform.NoAccess;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

/**
 * "Do not contact": once a child has asked for international protection, the authorities of the
 * country of origin must not be contacted — no family tracing, no information request — unless a
 * recorded best-interests determination explicitly allows it. Every refused attempt is audited.
 */
@Service
@Transactional(noRollbackFor = {NoAccess.class, DomainRuleViolation.class})
public class OriginContact {

    public enum Kind { FAMILY_TRACING, INFORMATION_REQUEST }

    private final JdbcClient jdbc;
    private final CaseFiles caseFiles;
    private final Determinations determinations;
    private final AuditTrail audit;
    private final Clock clock;
    private final org.haven.platform.crypto.FieldCipher cipher;

    private final java.time.ZoneId zone;

    OriginContact(JdbcClient jdbc, CaseFiles caseFiles, Determinations determinations, AuditTrail audit, Clock clock,
                  org.haven.platform.crypto.FieldCipher cipher,
                  @org.springframework.beans.factory.annotation.Value("${haven.time-zone}") java.time.ZoneId zone) {
        this.cipher = cipher;
        this.zone = zone;
        this.jdbc = jdbc;
        this.caseFiles = caseFiles;
        this.determinations = determinations;
        this.audit = audit;
        this.clock = clock;
    }

    /** Records that the child asked for international protection. */
    public void protectionSought(SignedInUser user, CaseId caseId, LocalDate on) {
        caseFiles.requireTeamMember(user, caseId, "asylum.recorded");
        if (on == null || on.isAfter(LocalDate.now(clock.withZone(zone)))) {
            throw new DomainRuleViolation("asylum.date");
        }
        jdbc.sql("""
                        INSERT INTO bestinterests_protection_claim (case_id, claimed_on, recorded_by) VALUES (:case, :on, :by)
                        ON CONFLICT (case_id) DO NOTHING""")
                .param("case", caseId.value()).param("on", on).param("by", user.id().value()).update();
        audit.record(user.actor(), AuditRecord.succeeded("asylum.recorded", "case", caseId).inCase(caseId.value()));
    }

    /**
     * Whether the country of origin may be contacted: always when no protection was sought; else only
     * when the latest determination, taken after the claim, says so.
     */
    public boolean contactAllowed(CaseId caseId) {
        var claimedOn = jdbc.sql("SELECT claimed_on FROM bestinterests_protection_claim WHERE case_id = :case")
                .param("case", caseId.value()).query(LocalDate.class).optional();
        if (claimedOn.isEmpty()) {
            return true;
        }
        return determinations.latest(caseId)
                .filter(d -> !d.decidedOn().isBefore(claimedOn.get()))
                .map(Determinations.Determination::allowsContactWithOrigin).orElse(false);
    }

    public boolean protectionSought(CaseId caseId) {
        return jdbc.sql("SELECT count(*) FROM bestinterests_protection_claim WHERE case_id = :case")
                .param("case", caseId.value()).query(Long.class).single() > 0;
    }

    /** What the country of origin answered (family found, not found, information received). */
    public void recordResult(SignedInUser user, UUID contactId, String result) {
        UUID caseId = jdbc.sql("SELECT case_id FROM bestinterests_origin_contact WHERE id = :id").param("id", contactId)
                .query(UUID.class).optional().orElseThrow(() -> new org.haven.platform.NotFound("origin contact", contactId));
        caseFiles.requireTeamMember(user, new CaseId(caseId), "origin-contact.result");
        if (result == null || result.isBlank() || result.length() > 4000) {
            throw new DomainRuleViolation("origin-contact.result.invalid");
        }
        jdbc.sql("UPDATE bestinterests_origin_contact SET result = :result, result_on = :on WHERE id = :id")
                .param("result", cipher.encrypt(result.strip())).param("on", LocalDate.now(clock.withZone(zone))).param("id", contactId).update();
        audit.record(user.actor(), AuditRecord.succeeded("origin-contact.result", "origin-contact", contactId).inCase(caseId));
    }

    /** Asks the country of origin (family tracing or information); refused for an asylum-seeking child without a BID allowing it. */
    public UUID request(SignedInUser user, CaseId caseId, Kind kind, String country, String purpose) {
        caseFiles.requireManager(user, caseId, "origin-contact.requested");
        if (kind == null || country == null || !country.strip().matches("[A-Z]{2}") || purpose == null || purpose.isBlank()) {
            throw new DomainRuleViolation("origin-contact.incomplete");
        }
        boolean allowed = contactAllowed(caseId);
        if (!allowed) {
            audit.record(user.actor(), AuditRecord.refused("origin-contact.requested", "case", caseId).inCase(caseId.value())
                    .withDetails(kind + " to " + country.strip() + ": the child asked for international protection"));
            throw new DomainRuleViolation("origin-contact.do-not-contact");
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO bestinterests_origin_contact (id, case_id, kind, country, purpose, requested_by, requested_at)
                        VALUES (:id, :case, :kind, :country, :purpose, :by, :at)""")
                .param("id", id).param("case", caseId.value()).param("kind", kind.name()).param("country", country.strip())
                .param("purpose", purpose.strip()).param("by", user.id().value())
                .param("at", Timestamp.from(clock.instant())).update();
        audit.record(user.actor(), AuditRecord.succeeded("origin-contact.requested", "origin-contact", id)
                .inCase(caseId.value()).withDetails(kind + " to " + country.strip()));
        return id;
    }
}
