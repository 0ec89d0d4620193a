package org.haven.casework;

import org.haven.access.Accounts;
import org.haven.access.Section;
import org.haven.access.SignedInUser;
import org.haven.access.UserId;
import org.haven.audit.AuditRecord;
import org.haven.audit.AuditTrail;
import org.haven.directory.Directory;
import org.haven.directory.Organisation;
import org.haven.directory.OrganisationId;
import org.haven.platform.DomainRuleViolation;
import org.haven.platform.EditConflict;
import org.haven.platform.NoAccess;
import org.haven.platform.NotFound;
import org.haven.platform.crypto.FieldCipher;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Sharing sections of a case with another agency that is not on the team, for a limited time and
 * for a reason: a health service reading the care plan for a month, the police of another district
 * the address while they protect the child. Those who manage the case share and end shares; the
 * receiving agency's staff read the shared sections their own role needs ({@link Section}), every
 * read audited like a member's. A share ends by itself at the end of its last day.
 */
@Service
@Transactional(noRollbackFor = NoAccess.class)
public class CaseShares {

    static final int MIN_REASON = 20;
    static final int MAX_REASON = 2000;

    private final JdbcClient jdbc;
    private final CaseFiles caseFiles;
    private final Cases cases;
    private final Directory directory;
    private final Accounts accounts;
    private final Notifications notifications;
    private final AuditTrail audit;
    private final FieldCipher cipher;
    private final Clock clock;
    private final ZoneId zone;
    private final Period longest;

    CaseShares(JdbcClient jdbc, CaseFiles caseFiles, Cases cases, Directory directory, Accounts accounts,
               Notifications notifications, AuditTrail audit, FieldCipher cipher, Clock clock,
               @Value("${haven.time-zone}") ZoneId zone, @Value("${haven.case-shares.longest:P90D}") Period longest) {
        this.jdbc = jdbc;
        this.caseFiles = caseFiles;
        this.cases = cases;
        this.directory = directory;
        this.accounts = accounts;
        this.notifications = notifications;
        this.audit = audit;
        this.cipher = cipher;
        this.clock = clock;
        this.zone = zone;
        this.longest = longest;
    }

    /** One share, as the case team sees it. */
    public record Share(UUID id, CaseId caseId, String caseReference, String organisation, Set<Section> sections,
                       String reason, String sharedBy, Instant sharedAt, Instant expiresAt, String endedBy,
                       Instant endedAt, int version, boolean current, LocalDate lastDay) {
    }

    /** What a manager asks to share; validated as a whole so the form can show every problem at once. */
    public record Request(UUID organisationId, Set<Section> sections, LocalDate until, String reason) {
    }

    /** The last day a share may run to, counted from today in the installation's time zone. */
    public LocalDate latestLastDay() {
        return LocalDate.now(clock.withZone(zone)).plus(longest);
    }

    /** Shares the sections with the agency until the end of the given day; returns the share's id. */
    public UUID share(SignedInUser user, CaseId caseId, Request request) {
        caseFiles.requireManager(user, caseId, "case.shared");
        var kase = cases.findById(caseId.value()).orElseThrow(() -> new NotFound("case", caseId));
        if (!kase.status().isOpen()) {
            throw new DomainRuleViolation("case-share.case-closed");
        }
        var organisation = check(kase, request);
        Instant now = clock.instant();
        Instant expires = request.until().plusDays(1).atStartOfDay(zone).toInstant();
        UUID id = UUID.randomUUID();
        String sections = request.sections().stream().map(Section::name).sorted().collect(Collectors.joining(","));
        jdbc.sql("""
                        INSERT INTO casework_case_share (id, case_id, organisation_id, sections, reason, shared_by, shared_at, expires_at)
                        VALUES (:id, :case, :organisation, :sections, :reason, :by, :at, :expires)""")
                .param("id", id).param("case", caseId.value()).param("organisation", organisation.id().value())
                .param("sections", sections).param("reason", cipher.encrypt(request.reason().strip()))
                .param("by", user.id().value()).param("at", Timestamp.from(now)).param("expires", Timestamp.from(expires))
                .update();
        // The reason stays encrypted with the share; the log says what was shared with whom, until when.
        audit.record(user.actor(), AuditRecord.succeeded("case.shared", "case", caseId).inCase(caseId.value())
                .withDetails(sections + " with " + organisation.id() + " until " + expires));
        notifications.tell(readersIn(organisation.id(), request.sections()), caseId, "notice.case-shared",
                directory.find(new OrganisationId(kase.leadAgencyId())).map(Organisation::name).orElse("?"));
        return id;
    }

    /** Ends a share before its time; refused if someone changed it since the manager saw it. */
    public void end(SignedInUser user, CaseId caseId, UUID shareId, int seenVersion) {
        caseFiles.requireManager(user, caseId, "case.share.ended");
        int changed = jdbc.sql("""
                        UPDATE casework_case_share SET ended_by = :by, ended_at = :at, version = version + 1
                         WHERE id = :id AND case_id = :case AND version = :version AND ended_at IS NULL""")
                .param("by", user.id().value()).param("at", Timestamp.from(clock.instant()))
                .param("id", shareId).param("case", caseId.value()).param("version", seenVersion).update();
        if (changed == 0) {
            throw new EditConflict(load(caseId, shareId));
        }
        audit.record(user.actor(), AuditRecord.succeeded("case.share.ended", "case-share", shareId).inCase(caseId.value()));
    }

    /** A closed case is shared no longer: its current shares end with it (reopening does not restore them). */
    @org.springframework.context.event.EventListener
    void on(CaseClosed closed) {
        int ended = jdbc.sql("""
                        UPDATE casework_case_share SET ended_at = :at, version = version + 1
                         WHERE case_id = :case AND ended_at IS NULL AND expires_at > :at""")
                .param("at", Timestamp.from(clock.instant())).param("case", closed.caseId().value()).update();
        if (ended > 0) {
            audit.record(org.haven.audit.Actor.system("case-closed"), AuditRecord.succeeded("case.share.ended", "case", closed.caseId())
                    .inCase(closed.caseId().value()).withDetails(ended + " share(s) ended as the case closed"));
        }
    }

    /** Every share of the case, current ones first; for the team. */
    @Transactional(readOnly = true, noRollbackFor = NoAccess.class)
    public List<Share> ofCase(SignedInUser user, CaseId caseId) {
        caseFiles.requireTeamMember(user, caseId, "case.shares.listed");
        return jdbc.sql("""
                        SELECT s.*, c.reference FROM casework_case_share s JOIN casework_case c ON c.id = s.case_id
                        WHERE s.case_id = :case
                        ORDER BY (s.ended_at IS NULL AND s.expires_at > :now) DESC, s.shared_at DESC""")
                .param("case", caseId.value()).param("now", Timestamp.from(clock.instant()))
                .query(this::share).list();
    }

    /** The cases shared now with the user's agency, in sections their role reads; the reason shows why. */
    @Transactional(readOnly = true)
    public List<Share> withMyAgency(SignedInUser user) {
        return jdbc.sql("""
                        SELECT s.*, c.reference FROM casework_case_share s JOIN casework_case c ON c.id = s.case_id
                        WHERE s.organisation_id = :organisation AND s.ended_at IS NULL AND s.expires_at > :now
                        ORDER BY s.expires_at""")
                .param("organisation", user.organisationId().value()).param("now", Timestamp.from(clock.instant()))
                .query(this::share).list().stream()
                .filter(share -> share.sections().stream().anyMatch(user::mayRead))
                .toList();
    }

    /** The agencies a case may be shared with: all but its lead agency, whose staff join the team instead. */
    @Transactional(readOnly = true)
    public List<Organisation> agencies(CaseId caseId) {
        var kase = cases.findById(caseId.value()).orElseThrow(() -> new NotFound("case", caseId));
        return directory.all().stream().filter(o -> !o.id().value().equals(kase.leadAgencyId())).toList();
    }

    private Organisation check(Case kase, Request request) {
        var problems = new java.util.ArrayList<String>();
        Organisation organisation = request.organisationId() == null ? null
                : directory.find(new OrganisationId(request.organisationId())).orElse(null);
        if (organisation == null) {
            problems.add("case-share.organisation.required");
        } else if (organisation.id().value().equals(kase.leadAgencyId())) {
            problems.add("case-share.organisation.lead-agency");
        }
        if (request.sections() == null || request.sections().isEmpty()
                || !Section.shareable().containsAll(request.sections())) {
            problems.add("case-share.sections.required");
        }
        LocalDate today = LocalDate.now(clock.withZone(zone));
        if (request.until() == null || request.until().isBefore(today)) {
            problems.add("case-share.until.required");
        } else if (request.until().isAfter(latestLastDay())) {
            problems.add("case-share.until.too-late");
        }
        String reason = request.reason() == null ? "" : request.reason().strip();
        if (reason.length() < MIN_REASON) {
            problems.add("case-share.reason.required");
        } else if (reason.length() > MAX_REASON) {
            problems.add("case-share.reason.too-long");
        }
        if (!problems.isEmpty()) {
            throw new DomainRuleViolation(problems.get(0), MIN_REASON, MAX_REASON, latestLastDay());
        }
        return organisation;
    }

    /** The receiving agency's enabled staff whose role reads any shared section: they are told. */
    private List<UUID> readersIn(OrganisationId organisation, Set<Section> sections) {
        return accounts.all().stream()
                .filter(u -> u.enabled() && u.organisationId().equals(organisation))
                .filter(u -> sections.stream().anyMatch(s -> s.readableBy(u.roles())))
                .map(u -> u.id().value()).toList();
    }

    private Share load(CaseId caseId, UUID shareId) {
        return jdbc.sql("""
                        SELECT s.*, c.reference FROM casework_case_share s JOIN casework_case c ON c.id = s.case_id
                        WHERE s.id = :id AND s.case_id = :case""")
                .param("id", shareId).param("case", caseId.value())
                .query(this::share).optional().orElseThrow(() -> new NotFound("case share", shareId));
    }

    private Share share(ResultSet rs, int row) throws SQLException {
        var sections = EnumSet.noneOf(Section.class);
        Arrays.stream(rs.getString("sections").split(",")).map(Section::valueOf).forEach(sections::add);
        return new Share(rs.getObject("id", UUID.class), new CaseId(rs.getObject("case_id", UUID.class)),
                rs.getString("reference"),
                directory.find(new OrganisationId(rs.getObject("organisation_id", UUID.class))).map(Organisation::name).orElse("?"),
                sections, cipher.decrypt(rs.getString("reason")), name(rs.getObject("shared_by", UUID.class)),
                rs.getTimestamp("shared_at").toInstant(), rs.getTimestamp("expires_at").toInstant(),
                name(rs.getObject("ended_by", UUID.class)), instant(rs.getTimestamp("ended_at")), rs.getInt("version"),
                rs.getTimestamp("ended_at") == null && rs.getTimestamp("expires_at").toInstant().isAfter(clock.instant()),
                rs.getTimestamp("expires_at").toInstant().atZone(zone).toLocalDate().minusDays(1));
    }

    private String name(UUID user) {
        return user == null ? null : accounts.find(new UserId(user)).map(Accounts.UserSummary::displayName).orElse("?");
    }

    private static Instant instant(Timestamp at) {
        return at == null ? null : at.toInstant();
    }
}
