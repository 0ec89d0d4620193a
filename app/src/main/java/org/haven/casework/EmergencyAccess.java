package org.haven.casework;

import org.haven.access.Accounts;
import org.haven.access.Role;
import org.haven.access.SignedInUser;
import org.haven.access.UserId;
import org.haven.audit.AuditRecord;
import org.haven.audit.AuditTrail;
import org.haven.platform.DomainRuleViolation;
import org.haven.platform.EditConflict;
import org.haven.platform.NoAccess;
import org.haven.platform.NotFound;
import org.haven.platform.crypto.FieldCipher;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Break-glass: in an emergency (a child missing at night, police at the door) someone outside the
 * case team may open the case to read who is responsible for the child, for a few hours, after giving
 * a reason. The lead agency and the data-protection auditors are told at once, every view is
 * audited, and an auditor reviews each use afterwards. It never lets anyone change the case.
 */
@Service
@Transactional(noRollbackFor = NoAccess.class)
public class EmergencyAccess {

    static final int MIN_REASON = 20;
    static final int MAX_TEXT = 2000;
    private static final Set<Role> MAY_OPEN = EnumSet.of(Role.CASEWORKER, Role.SUPERVISOR, Role.COORDINATOR, Role.POLICE);

    private final JdbcClient jdbc;
    private final Cases cases;
    private final Accounts accounts;
    private final Notifications notifications;
    private final AuditTrail audit;
    private final FieldCipher cipher;
    private final Clock clock;
    private final Duration lasts;
    private final CaseAccess access;

    EmergencyAccess(CaseAccess access, JdbcClient jdbc, Cases cases, Accounts accounts, Notifications notifications, AuditTrail audit,
                    FieldCipher cipher, Clock clock, @Value("${haven.emergency-access.lasts:PT4H}") Duration lasts) {
        this.access = access;
        this.jdbc = jdbc;
        this.cases = cases;
        this.accounts = accounts;
        this.notifications = notifications;
        this.audit = audit;
        this.cipher = cipher;
        this.clock = clock;
        this.lasts = lasts;
    }

    /** One use of emergency access, as the reviewing auditor sees it (the case by reference only). */
    public record Use(UUID id, CaseId caseId, String caseReference, String userName, String reason, Instant openedAt,
                      Instant expiresAt, String reviewerName, Instant reviewedAt, Boolean justified, String reviewNote,
                      int version) {
        public boolean reviewed() {
            return reviewedAt != null;
        }
    }

    public boolean mayOpen(SignedInUser user) {
        return user.roles().stream().anyMatch(MAY_OPEN::contains);
    }

    /** Opens the case to this user until the returned time; refused without a reason of some substance. */
    public Instant open(SignedInUser user, CaseId id, String reason) {
        var kase = cases.findById(id.value()).orElseThrow(() -> new NotFound("case", id));
        if (!mayOpen(user)) {
            audit.record(user.actor(), AuditRecord.refused("case.emergency-access.opened", "case", id).inCase(id.value()));
            throw new NoAccess("Emergency access is for caseworkers, supervisors, coordinators and police");
        }
        String typed = reason == null ? "" : reason.strip();
        if (typed.length() < MIN_REASON) {
            throw new DomainRuleViolation("emergency-access.reason.required", MIN_REASON);
        }
        if (typed.length() > MAX_TEXT) {
            throw new DomainRuleViolation("emergency-access.too-long", MAX_TEXT);
        }
        if (kase.memberRole(user.id().value()).isPresent()) {
            throw new DomainRuleViolation("emergency-access.already-member");
        }
        Instant now = clock.instant();
        Instant until = now.plus(lasts);
        jdbc.sql("""
                        INSERT INTO casework_emergency_access (id, case_id, user_id, reason, opened_at, expires_at)
                        VALUES (:id, :case, :user, :reason, :at, :until)""")
                .param("id", UUID.randomUUID()).param("case", id.value()).param("user", user.id().value())
                .param("reason", cipher.encrypt(typed)).param("at", Timestamp.from(now)).param("until", Timestamp.from(until))
                .update();
        audit.record(user.actor(), AuditRecord.succeeded("case.emergency-access.opened", "case", id).inCase(id.value())
                .withDetails("until " + until)); // the reason is kept encrypted with the access, not in the log
        String who = user.displayName();
        notifications.tell(leadAgency(kase), id, "notice.emergency-access", who);
        notifications.alertUsers(accounts.enabledWithAnyRole(Role.AUDITOR).stream().map(UserId::value).toList(),
                "notice.emergency-access.review", who);
        return until;
    }

    /** Until when this user holds emergency access to the case, if they do now. */
    @Transactional(readOnly = true)
    public java.util.Optional<Instant> activeUntil(SignedInUser user, CaseId id) {
        return access.emergencyUntil(user, id);
    }

    /** Every use, those not reviewed yet first; for the data-protection auditors only. */
    @Transactional(readOnly = true)
    public List<Use> forReview(SignedInUser auditor) {
        requireAuditor(auditor, "case.emergency-access.listed");
        return jdbc.sql("""
                        SELECT e.*, c.reference FROM casework_emergency_access e JOIN casework_case c ON c.id = e.case_id
                        ORDER BY e.reviewed_at IS NOT NULL, e.opened_at DESC LIMIT 200""")
                .query((rs, n) -> new Use(rs.getObject("id", UUID.class), new CaseId(rs.getObject("case_id", UUID.class)),
                        rs.getString("reference"), name(rs.getObject("user_id", UUID.class)),
                        cipher.decrypt(rs.getString("reason")), rs.getTimestamp("opened_at").toInstant(),
                        rs.getTimestamp("expires_at").toInstant(), name(rs.getObject("reviewed_by", UUID.class)),
                        instant(rs.getTimestamp("reviewed_at")), (Boolean) rs.getObject("justified"),
                        cipher.decrypt(rs.getString("review_note")), rs.getInt("version")))
                .list();
    }

    /** The auditor's conclusion on one use: justified or not, with a note; a second reviewer sees the first's. */
    public void review(SignedInUser auditor, UUID useId, boolean justified, String note, int version) {
        requireAuditor(auditor, "case.emergency-access.reviewed");
        if (note != null && note.strip().length() > MAX_TEXT) {
            throw new DomainRuleViolation("emergency-access.too-long", MAX_TEXT);
        }
        if (!justified && (note == null || note.isBlank())) {
            throw new DomainRuleViolation("emergency-access.review.note-required");
        }
        int changed = jdbc.sql("""
                        UPDATE casework_emergency_access
                           SET reviewed_by = :by, reviewed_at = :at, justified = :justified, review_note = :note,
                               version = version + 1
                         WHERE id = :id AND version = :version""")
                .param("by", auditor.id().value()).param("at", Timestamp.from(clock.instant()))
                .param("justified", justified).param("note", cipher.encryptIfPresent(note))
                .param("id", useId).param("version", version).update();
        if (changed == 0) {
            var current = forReview(auditor).stream().filter(u -> u.id().equals(useId)).findFirst()
                    .orElseThrow(() -> new NotFound("emergency access", useId));
            throw new EditConflict(current);
        }
        audit.record(auditor.actor(), AuditRecord.succeeded("case.emergency-access.reviewed", "emergency-access", useId)
                .withDetails(justified ? "justified" : "not justified"));
    }

    private void requireAuditor(SignedInUser user, String action) {
        if (!user.hasRole(Role.AUDITOR)) {
            audit.record(user.actor(), AuditRecord.refused(action, "emergency-access", null));
            throw new NoAccess("Only data-protection auditors review emergency access");
        }
    }

    /** The lead agency's people on the team, and its supervisors. */
    private Set<UUID> leadAgency(Case kase) {
        var people = new LinkedHashSet<UUID>();
        for (var member : kase.team()) {
            accounts.find(new UserId(member.userId()))
                    .filter(u -> u.organisationId().value().equals(kase.leadAgencyId()))
                    .ifPresent(u -> people.add(u.id().value()));
        }
        accounts.enabledWithAnyRole(Role.SUPERVISOR).stream()
                .flatMap(id -> accounts.find(id).stream())
                .filter(u -> u.organisationId().value().equals(kase.leadAgencyId()))
                .forEach(u -> people.add(u.id().value()));
        return people;
    }

    private String name(UUID user) {
        return user == null ? null : accounts.find(new UserId(user)).map(Accounts.UserSummary::displayName).orElse("?");
    }

    private static Instant instant(Timestamp at) {
        return at == null ? null : at.toInstant();
    }
}
