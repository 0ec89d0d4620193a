package org.haven.casework;

import org.haven.access.Section;
import org.haven.access.SignedInUser;
import org.haven.audit.AuditRecord;
import org.haven.audit.AuditTrail;
import org.haven.platform.NoAccess;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Need-to-know for cases: only members of a case's team see it, and only those whose part in the
 * team allows it change it. The sensitive sections of the record ({@link Section}) open only to the
 * roles that need them, on the team or in an agency holding a current share ({@link CaseShares}).
 * Someone holding emergency access ({@link EmergencyAccess}) may read the case page, nothing else.
 * A refused attempt is audited before it is refused.
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

    /**
     * One section of the case: a team member whose role needs it, or someone whose agency holds a
     * current share of it and whose role needs it. Returns the member's part, empty for a share.
     */
    Optional<TeamRole> requireSection(SignedInUser user, Case kase, Section section, String action) {
        var part = kase.memberRole(user.id().value());
        if (part.isEmpty() && !sharedSections(user, kase.id()).contains(section)) {
            refuse(user, kase, action);
        }
        if (!user.mayRead(section)) {
            refuse(user, kase, action, "Your role does not need this part of the child's record");
        }
        return part;
    }

    /** The sections of the case this user reads: their role's, on the team; those shared with their agency, else. */
    Set<Section> readableSections(SignedInUser user, Case kase) {
        var sections = EnumSet.noneOf(Section.class);
        var open = kase.memberRole(user.id().value()).isPresent() ? Section.ofCases() : sharedSections(user, kase.id());
        open.stream().filter(user::mayRead).forEach(sections::add);
        return sections;
    }

    /** The sections shared now with the user's agency (whatever their role). */
    Set<Section> sharedSections(SignedInUser user, CaseId id) {
        var sections = EnumSet.noneOf(Section.class);
        jdbc.sql("""
                        SELECT sections FROM casework_case_share WHERE organisation_id = :organisation AND case_id = :case
                        AND ended_at IS NULL AND expires_at > :now""")
                .param("organisation", user.organisationId().value()).param("case", id.value())
                .param("now", Timestamp.from(clock.instant()))
                .query(String.class).list()
                .forEach(list -> Arrays.stream(list.split(",")).map(Section::valueOf).forEach(sections::add));
        return sections;
    }

    /**
     * The case page itself: the team, someone reading sections shared with their agency, or someone
     * within an emergency access they opened (audited as such).
     */
    void requireMemberOrEmergency(SignedInUser user, Case kase, String action) {
        if (kase.memberRole(user.id().value()).isPresent() || !readableSections(user, kase).isEmpty()) {
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
        refuse(user, kase, action, "Only the case team may see or change this case");
    }

    private void refuse(SignedInUser user, Case kase, String action, String why) {
        audit.record(user.actor(), AuditRecord.refused(action, "case", kase.id()).inCase(kase.id().value()));
        throw new NoAccess(why);
    }
}
