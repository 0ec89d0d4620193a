package org.haven.casework;

import org.haven.access.Accounts;
import org.haven.access.Role;
import org.haven.access.Section;
import org.haven.access.SignedInUser;
import org.haven.access.UserId;
import org.haven.audit.Actor;
import org.haven.audit.AuditEntry;
import org.haven.audit.AuditRecord;
import org.haven.audit.AuditSearch;
import org.haven.audit.AuditTrail;
import org.haven.directory.Directory;
import org.haven.directory.Organisation;
import org.haven.directory.OrganisationId;
import org.haven.person.Child;
import org.haven.person.ChildDetails;
import org.haven.person.ChildId;
import org.haven.person.ChildRegistry;
import org.haven.platform.DomainRuleViolation;
import org.haven.platform.EditConflict;
import org.haven.platform.NoAccess;
import org.haven.platform.NotFound;
import org.haven.platform.crypto.EncryptedColumns;
import org.haven.platform.crypto.FieldCipher;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * Opening, reading and changing cases. Every method takes the signed-in user, checks case-team
 * membership, and audits in the same transaction; refusals are audited too (no rollback on
 * {@link NoAccess}).
 */
@Service
@Transactional(noRollbackFor = NoAccess.class)
public class CaseFiles {

    public static final int PAGE_SIZE = 25;
    public static final int MAX_HANDOVER = 4000;

    private final FieldCipher cipher;
    private final Cases cases;
    private final ChildRegistry children;
    private final Directory directory;
    private final Accounts accounts;
    private final CaseAccess access;
    private final AuditTrail audit;
    private final AuditSearch auditSearch;
    private final JdbcClient jdbc;
    private final Procedures procedures;
    /** Read lazily: the safeguards are built on the case files. */
    private final org.springframework.beans.factory.ObjectProvider<Safeguards> safeguards;
    private final Clock clock;
    private final String country;

    CaseFiles(Cases cases, ChildRegistry children, Directory directory, Accounts accounts, CaseAccess access,
              AuditTrail audit, AuditSearch auditSearch, JdbcClient jdbc, Procedures procedures,
              org.springframework.beans.factory.ObjectProvider<Safeguards> safeguards, Clock clock,
              @Value("${haven.country}") String country, FieldCipher cipher) {
        this.cipher = cipher;
        this.safeguards = safeguards;
        this.cases = cases;
        this.children = children;
        this.directory = directory;
        this.accounts = accounts;
        this.access = access;
        this.audit = audit;
        this.auditSearch = auditSearch;
        this.jdbc = jdbc;
        this.procedures = procedures;
        this.clock = clock;
        this.country = country.toUpperCase(Locale.ROOT);
    }

    /** Only caseworkers and coordinators open cases; the part the opener then takes in the team. */
    public TeamRole requireMayOpenCases(SignedInUser user) {
        if (user.hasRole(Role.CASEWORKER)) {
            return TeamRole.LEAD_CASEWORKER;
        }
        if (user.hasRole(Role.COORDINATOR)) {
            return TeamRole.COORDINATOR;
        }
        audit.record(user.actor(), AuditRecord.refused("case.opened", "case", null));
        throw new NoAccess("Only caseworkers and coordinators open cases");
    }

    /** Registers the child and opens their case in one transaction: both are saved, or neither. */
    public CaseId open(SignedInUser user, NewCase request) {
        TeamRole openerRole = requireMayOpenCases(user);
        requireKnownAgency(request.leadAgencyId());
        Child child = children.register(user.actor(), request.child());
        var kase = cases.save(Case.open(nextReference(), child.id().value(), request.leadAgencyId(),
                request.summary(), user.id().value(), openerRole, procedures.current().version(), clock.instant()));
        audit.record(user.actor(), AuditRecord.succeeded("case.opened", "case", kase.id()).inCase(kase.id().value()));
        return kase.id();
    }

    /** The case for its team: audited as a read of the child's record. */
    public CaseFile view(SignedInUser user, CaseId id) {
        var kase = load(id);
        access.requireMember(user, kase, "case.viewed");
        return disclose(user, kase);
    }

    /**
     * The case page, which also opens to someone holding emergency access ({@link EmergencyAccess});
     * for them {@link CaseFile#myRole()} is empty. Audited as a read of the child's record.
     */
    public CaseFile viewPage(SignedInUser user, CaseId id) {
        var kase = load(id);
        access.requireMemberOrEmergency(user, kase, "case.viewed");
        return disclose(user, kase);
    }

    /** The case for its edit forms: only those who may change it, and audited as a read. */
    public CaseFile openForChange(SignedInUser user, CaseId id) {
        var kase = load(id);
        access.requireManager(user, kase, "case.viewed");
        return disclose(user, kase);
    }

    private CaseFile disclose(SignedInUser user, Case kase) {
        audit.record(user.actor(), AuditRecord.succeeded("case.viewed", "child", kase.childId())
                .inCase(kase.id().value()));
        return file(user, kase);
    }

    /**
     * For modules that keep records within a case (screenings, later assessments): the user's part
     * in the case team, or {@link NoAccess} (audited) when they have none.
     */
    public TeamRole requireTeamMember(SignedInUser user, CaseId id, String action) {
        var kase = load(id);
        access.requireMember(user, kase, action);
        return kase.memberRole(user.id().value()).orElseThrow();
    }

    /**
     * For records of a sensitive section ({@link Section}): what the user reads of the case (their
     * part, none through a share; the sections open to them); {@link NoAccess} (audited) when their
     * role does not need the section or neither membership nor a share opens it.
     */
    public CaseReading requireSection(SignedInUser user, CaseId id, Section section, String action) {
        var kase = load(id);
        var part = access.requireSection(user, kase, section, action);
        return new CaseReading(part.orElse(null), access.readableSections(user, kase));
    }

    /** For records of the team that withhold some sections (conferences): what a member reads of the case. */
    public CaseReading requireTeamReading(SignedInUser user, CaseId id, String action) {
        var kase = load(id);
        access.requireMember(user, kase, action);
        return new CaseReading(kase.memberRole(user.id().value()).orElseThrow(), access.readableSections(user, kase));
    }

    /**
     * For records of a section kept only within the team (best interests): a team member whose role
     * reads the section; {@link NoAccess} (audited) for anyone else, shares included.
     */
    public TeamRole requireMemberReading(SignedInUser user, CaseId id, Section section, String action) {
        var kase = load(id);
        access.requireMember(user, kase, action);
        return access.requireSection(user, kase, section, action).orElseThrow();
    }

    /** The case for the heading of a section's page; the section's own records are read and audited by their service. */
    public CaseFile viewSection(SignedInUser user, CaseId id, Section section) {
        var kase = load(id);
        access.requireSection(user, kase, section, "case.viewed");
        return file(user, kase);
    }

    /** Something Haven now knows has happened on the case; the procedure steps waiting for it are done. */
    void reach(CaseId id, Milestone milestone) {
        var kase = load(id);
        if (kase.reach(milestone, clock.instant())) {
            save(kase);
        }
    }

    /** Who is on the team now, for notices about the case. */
    java.util.Set<UUID> teamIds(CaseId id) {
        return load(id).team().stream().map(TeamMember::userId).collect(java.util.stream.Collectors.toSet());
    }

    /**
     * For records kept within a case that only those who manage it change (placements, conferences,
     * best-interests decisions): {@link NoAccess} (audited) for anyone else.
     */
    public void requireManager(SignedInUser user, CaseId id, String action) {
        access.requireManager(user, load(id), action);
    }

    /**
     * Records on the case what the latest screening decision says, so that everyone on the team sees
     * whether the non-punishment principle applies. Called by the screening module in the same
     * transaction as the decision.
     */
    public void recordProtectionStatus(Actor actor, CaseId id, ProtectionStatus status) {
        var kase = load(id);
        if (kase.protectionStatus() == status) {
            return;
        }
        kase.recordProtectionStatus(status, clock.instant());
        save(kase);
        audit.record(actor, AuditRecord.succeeded("case.protection-status", "case", id).inCase(id.value())
                .withDetails(status.name()));
    }

    /** Every case the user is on the team of now, oldest first (for an export of their own cases). */
    @Transactional(readOnly = true)
    public List<CaseId> teamCasesOf(SignedInUser user) {
        return jdbc.sql("""
                        SELECT c.id FROM casework_case c
                        JOIN casework_team_member m ON m.casework_case = c.id AND m.user_id = :user AND m.left_at IS NULL
                        ORDER BY c.opened_at, c.reference""")
                .param("user", user.id().value()).query((rs, n) -> new CaseId(rs.getObject(1, UUID.class))).list();
    }

    /** The user's own cases, newest activity first; a search matches names in any script or the reference. */
    public List<CaseSummary> myCases(SignedInUser user, String query, int page) {
        String q = query == null ? "" : query.strip();
        List<UUID> childIds = q.isEmpty() ? List.of()
                : children.findByName(q).stream().map(ChildId::value).toList();
        var rows = jdbc.sql("""
                        SELECT c.id, c.reference, c.child_id, c.status, c.last_changed_at, m.team_role
                        FROM casework_case c
                        JOIN casework_team_member m ON m.casework_case = c.id AND m.user_id = :user AND m.left_at IS NULL
                        WHERE :q = '' OR c.reference ILIKE :ref OR c.child_id = ANY(:children)
                        ORDER BY c.last_changed_at DESC, c.reference DESC
                        LIMIT :limit OFFSET :offset""")
                .param("user", user.id().value())
                .param("q", q)
                .param("ref", "%" + q.replace("\\", "").replace("%", "").replace("_", "\\_") + "%")
                .param("children", childIds.toArray(UUID[]::new))
                .param("limit", PAGE_SIZE + 1)
                .param("offset", Math.max(0, page) * PAGE_SIZE)
                .query((rs, n) -> new Row(new CaseId(rs.getObject("id", UUID.class)), rs.getString("reference"),
                        new ChildId(rs.getObject("child_id", UUID.class)), CaseStatus.valueOf(rs.getString("status")),
                        rs.getTimestamp("last_changed_at"), TeamRole.valueOf(rs.getString("team_role"))))
                .list();
        var details = children.getAll(rows.stream().map(Row::child).toList());
        LocalDate today = LocalDate.now(clock);
        audit.record(user.actor(), AuditRecord.succeeded("case.listed", "case-list", null)
                .withDetails("query=" + q + ", page=" + page + ", shown=" + Math.min(rows.size(), PAGE_SIZE)));
        return rows.stream().map(row -> {
            Child child = details.get(row.child());
            return new CaseSummary(row.id(), row.reference(), child.primaryName().fullName(), child.sex(),
                    child.dateOfBirth().ageOn(today), row.status(), row.lastChangedAt().toInstant(), row.role());
        }).toList();
    }

    public void describe(SignedInUser user, CaseId id, CaseDetails details, long seenVersion) {
        var kase = load(id);
        access.requireManager(user, kase, "case.changed");
        if (kase.version() != seenVersion) {
            throw new EditConflict(kase);
        }
        requireKnownAgency(details.leadAgencyId());
        if (kase.status().isOpen() && !details.status().isOpen()) {
            requireOpenItemsResolvedOrExplained(id, details.openItemsExplanation());
        }
        kase.describe(details.leadAgencyId(), details.status(), details.summary(), details.statusReason(),
                details.openItemsExplanation(), clock.instant());
        save(kase);
        var record = AuditRecord.succeeded("case.changed", "case", id).inCase(id.value())
                .withDetails("status=" + details.status()
                        + (blank(details.openItemsExplanation()) ? "" : "; open items explained"));
        audit.record(user.actor(), record); // the reason and the explanation are kept, encrypted, with the case
    }

    /** A case closes with nothing left open, or with a written explanation of what is left and why. */
    private void requireOpenItemsResolvedOrExplained(CaseId id, String explanation) {
        long openTasks = jdbc.sql("SELECT count(*) FROM casework_task WHERE case_id = :case AND done_at IS NULL")
                .param("case", id.value()).query(Long.class).single();
        long missing = jdbc.sql("SELECT count(*) FROM casework_missing_episode WHERE case_id = :case AND found_at IS NULL")
                .param("case", id.value()).query(Long.class).single();
        if (missing > 0) {
            throw new DomainRuleViolation("case.close.child-missing");
        }
        long unmet = safeguards.getObject().unresolved(id);
        if ((openTasks > 0 || unmet > 0) && blank(explanation)) {
            throw new DomainRuleViolation("case.close.open-items", openTasks, unmet);
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /**
     * Corrects the child's record. A correction may not turn a person presumed to be a child into an
     * adult: only a recorded age assessment can.
     */
    public void correctChild(SignedInUser user, CaseId id, ChildDetails details, long seenChildVersion) {
        var kase = load(id);
        access.requireManager(user, kase, "child.corrected");
        LocalDate today = LocalDate.now(clock);
        boolean presumedChild = children.get(new ChildId(kase.childId())).dateOfBirth().presumedChildOn(today);
        if (presumedChild && !details.dateOfBirth().presumedChildOn(today)) {
            throw new DomainRuleViolation("child.dob.adult-needs-assessment");
        }
        children.correct(user.actor(), new ChildId(kase.childId()), details, seenChildVersion, id.value());
    }

    public void addToTeam(SignedInUser user, CaseId id, UserId member, TeamRole role) {
        var kase = load(id);
        access.requireManager(user, kase, "case.team.added");
        var added = accounts.find(member).filter(Accounts.UserSummary::enabled)
                .orElseThrow(() -> new DomainRuleViolation("case.team.unknown-user"));
        if (!role.fits(added.roles())) {
            throw new DomainRuleViolation("case.team.role-mismatch");
        }
        kase.addToTeam(added.id().value(), role, clock.instant());
        save(kase);
        audit.record(user.actor(), AuditRecord.succeeded("case.team.added", "user", member).inCase(id.value())
                .withDetails("role=" + role));
    }

    /**
     * Hands one person's part over to a colleague when staff rotate: the colleague joins in the same
     * part, the leaver leaves, their open tasks follow, and the summary stays on the case for whoever
     * comes next.
     */
    public void handOver(SignedInUser user, CaseId id, UserId from, UserId to, String summary) {
        var kase = load(id);
        access.requireManager(user, kase, "case.handed-over");
        if (summary == null || summary.isBlank()) {
            throw new DomainRuleViolation("case.handover.summary-required");
        }
        if (summary.length() > MAX_HANDOVER) {
            throw new DomainRuleViolation("case.handover.summary-too-long", MAX_HANDOVER);
        }
        var successor = accounts.find(to).filter(Accounts.UserSummary::enabled)
                .orElseThrow(() -> new DomainRuleViolation("case.team.unknown-user"));
        var part = kase.memberRole(from.value()).orElseThrow(() -> new DomainRuleViolation("case.team.not-member"));
        if (!part.fits(successor.roles())) {
            throw new DomainRuleViolation("case.team.role-mismatch");
        }
        var now = clock.instant();
        kase.handOver(from.value(), to.value(), now);
        save(kase);
        jdbc.sql("""
                        INSERT INTO casework_handover (id, case_id, from_user, to_user, part, summary, handed_at, handed_by)
                        VALUES (:id, :case, :from, :to, :part, :summary, :at, :by)""")
                .param("id", UUID.randomUUID()).param("case", id.value()).param("from", from.value())
                .param("to", to.value()).param("part", part.name()).param("summary", cipher.encrypt(summary.strip()))
                .param("at", Timestamp.from(now)).param("by", user.id().value()).update();
        audit.record(user.actor(), AuditRecord.succeeded("case.handed-over", "user", to).inCase(id.value())
                .withDetails(part + " from " + from.value()));
    }

    /** What was handed over on the case, oldest first. */
    public List<Handover> handovers(SignedInUser user, CaseId id) {
        access.requireMember(user, load(id), "case.viewed");
        return jdbc.sql("""
                        SELECT from_user, to_user, part, summary, handed_at FROM casework_handover
                        WHERE case_id = :case ORDER BY handed_at""")
                .param("case", id.value())
                .query((rs, n) -> new Handover(name(rs.getObject("from_user", UUID.class)),
                        name(rs.getObject("to_user", UUID.class)), TeamRole.valueOf(rs.getString("part")),
                        readable(rs.getString("summary")), rs.getTimestamp("handed_at").toInstant()))
                .list();
    }

    public record Handover(String from, String to, TeamRole part, String summary, Instant at) {
    }

    /** Who was on the team and left, with their dates (for a file the user was just shown). */
    public List<FormerMember> formerMembers(CaseFile shown) {
        return shown.kase().teamHistory().stream().filter(m -> !m.isActive())
                .map(m -> new FormerMember(name(m.userId()), m.teamRole(), m.addedAt(), m.leftAt())).toList();
    }

    public record FormerMember(String name, TeamRole role, Instant joined, Instant left) {
    }

    public boolean isMember(SignedInUser user, CaseId id) {
        return load(id).memberRole(user.id().value()).isPresent();
    }

    private String name(UUID user) {
        return nameOf(new UserId(user));
    }

    /** A user's display name, for records that name the people involved. */
    public String nameOf(UserId user) {
        return accounts.find(user).map(Accounts.UserSummary::displayName).orElse("?");
    }

    public void removeFromTeam(SignedInUser user, CaseId id, UserId member) {
        var kase = load(id);
        access.requireManager(user, kase, "case.team.removed");
        kase.removeFromTeam(member.value(), clock.instant());
        save(kase);
        audit.record(user.actor(), AuditRecord.succeeded("case.team.removed", "user", member).inCase(id.value()));
    }

    /**
     * What happened on the case, for its team: who viewed or changed it, and when. Not read-only:
     * a refused attempt writes to the audit log.
     */
    public List<AuditEntry> history(SignedInUser user, CaseId id) {
        var kase = load(id);
        access.requireMember(user, kase, "case.history.viewed");
        return auditSearch.forCase(id.value(), 50);
    }

    /** The case as stored now, for showing next to a user's conflicting edit. */
    public CaseFile current(SignedInUser user, CaseId id) {
        var kase = load(id);
        access.requireMember(user, kase, "case.viewed");
        return file(user, kase);
    }

    /** A case by reference only, never the child's name: what matching shows beside a possible match. */
    public record CaseReference(CaseId id, String reference, ChildId child, String leadAgency, CaseStatus status) {
    }

    /** These cases by reference; for callers that decide themselves who may see them. */
    public List<CaseReference> casesOfIds(java.util.Collection<UUID> caseIds) {
        if (caseIds.isEmpty()) {
            return List.of();
        }
        var wanted = java.util.Set.copyOf(caseIds);
        var childIds = jdbc.sql("SELECT DISTINCT child_id FROM casework_case WHERE id = ANY(:ids)")
                .param("ids", wanted.toArray(UUID[]::new))
                .query((rs, n) -> new ChildId(rs.getObject(1, UUID.class))).list();
        return casesOf(childIds).stream().filter(c -> wanted.contains(c.id().value())).toList();
    }

    /** A case by its reference (e.g. NO-2026-00042); for callers that decide themselves who may see it. */
    public java.util.Optional<CaseReference> byReference(String reference) {
        return jdbc.sql("SELECT child_id FROM casework_case WHERE reference = :reference")
                .param("reference", reference == null ? "" : reference.strip().toUpperCase(Locale.ROOT))
                .query((rs, n) -> new ChildId(rs.getObject(1, UUID.class))).optional()
                .flatMap(child -> casesOf(List.of(child)).stream()
                        .filter(c -> c.reference().equalsIgnoreCase(reference.strip())).findFirst());
    }

    /** The cases of these children, newest first; for callers that decide themselves who may see them. */
    public List<CaseReference> casesOf(java.util.Collection<ChildId> childIds) {
        if (childIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT id, reference, child_id, lead_agency_id, status FROM casework_case
                        WHERE child_id = ANY(:children) ORDER BY opened_at DESC""")
                .param("children", childIds.stream().map(ChildId::value).distinct().toArray(UUID[]::new))
                .query((rs, row) -> new CaseReference(new CaseId(rs.getObject("id", UUID.class)),
                        rs.getString("reference"), new ChildId(rs.getObject("child_id", UUID.class)),
                        directory.find(new OrganisationId(rs.getObject("lead_agency_id", UUID.class)))
                                .map(Organisation::name).orElse(""),
                        CaseStatus.valueOf(rs.getString("status"))))
                .list();
    }

    private CaseFile file(SignedInUser user, Case kase) {
        var team = kase.team().stream()
                .sorted(Comparator.comparing(TeamMember::teamRole).thenComparing(TeamMember::addedAt))
                .flatMap(member -> accounts.find(new UserId(member.userId())).stream()
                        .map(summary -> new CaseFile.Member(summary, member.teamRole(),
                                directory.find(summary.organisationId()).orElse(null))))
                .toList();
        return new CaseFile(kase, children.get(new ChildId(kase.childId())),
                directory.find(new OrganisationId(kase.leadAgencyId())).orElse(null), team,
                kase.memberRole(user.id().value()).orElse(null), access.readableSections(user, kase));
    }

    private void save(Case kase) {
        try {
            cases.save(kase);
        } catch (OptimisticLockingFailureException raced) {
            throw new EditConflict(load(kase.id()));
        }
    }

    private void requireKnownAgency(UUID agency) {
        if (agency == null || directory.find(new OrganisationId(agency)).isEmpty()) {
            throw new DomainRuleViolation("case.lead-agency.unknown");
        }
    }

    private String nextReference() {
        long number = jdbc.sql("SELECT nextval('casework_case_number')").query(Long.class).single();
        return "%s-%d-%05d".formatted(country, Year.now(clock).getValue(), number);
    }

    /** Handover notes are encrypted; ones written before they were read as they are (until Reencryption). */
    private String readable(String stored) {
        return FieldCipher.isEncrypted(stored) ? cipher.decrypt(stored) : stored;
    }

    /** What the case team writes about the child, encrypted at rest (see docs/architecture.md, Security). */
    @org.springframework.context.annotation.Bean
    static EncryptedColumns caseTexts() {
        return new EncryptedColumns("casework_case", "summary", "status_reason");
    }

    @org.springframework.context.annotation.Bean
    static EncryptedColumns handoverTexts() {
        return new EncryptedColumns("casework_handover", "summary");
    }

    private Case load(CaseId id) {
        return cases.findById(id.value()).orElseThrow(() -> new NotFound("case", id));
    }

    private record Row(CaseId id, String reference, ChildId child, CaseStatus status, Timestamp lastChangedAt,
                       TeamRole role) {
    }
}
