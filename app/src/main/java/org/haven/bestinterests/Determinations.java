package org.haven.bestinterests;

import org.haven.access.Section;
import org.haven.access.Accounts;
import org.haven.access.SignedInUser;
import org.haven.access.UserId;
import org.haven.audit.AuditRecord;
import org.haven.audit.AuditTrail;
import org.haven.casework.CaseFiles;
import org.haven.casework.CaseId;
import org.haven.directory.Directory;
import org.haven.directory.OrganisationKind;
import org.haven.platform.DomainRuleViolation;
import org.haven.platform.NoAccess;
import org.haven.platform.NotFound;
import org.haven.platform.crypto.FieldCipher;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The best-interests determination: a multidisciplinary panel (child protection always on it, never
 * chaired by migration enforcement, every member declaring no conflict of interest) decides a durable
 * solution on a signed-off assessment, weighing the options with written reasons; dissent is kept; a
 * review date is set. Only a determination can allow contact with the country of origin for a child
 * who asked for international protection.
 */
@Service
@Transactional(noRollbackFor = NoAccess.class)
public class Determinations {

    public record PanelMember(UUID userId, boolean chair, boolean noConflictDeclared) {
    }

    public record Decision(UUID assessment, List<PanelMember> panel, Set<DurableSolution> optionsConsidered,
                           DurableSolution decision, String reasons, String dissent, boolean allowsContactWithOrigin,
                           LocalDate decidedOn, LocalDate reviewOn, String residenceStatus, String steps) {

        public Decision(UUID assessment, List<PanelMember> panel, Set<DurableSolution> optionsConsidered,
                        DurableSolution decision, String reasons, String dissent, boolean allowsContactWithOrigin,
                        LocalDate decidedOn, LocalDate reviewOn) {
            this(assessment, panel, optionsConsidered, decision, reasons, dissent, allowsContactWithOrigin, decidedOn,
                    reviewOn, null, null);
        }
    }

    public record Determination(UUID id, CaseId caseId, UUID assessment, Set<DurableSolution> optionsConsidered,
                                DurableSolution decision, String reasons, String dissent, boolean allowsContactWithOrigin,
                                LocalDate decidedOn, LocalDate reviewOn, String residenceStatus, String steps,
                                LocalDate childInformedOn, String childInformedLanguage, String childInformedHow,
                                List<Appeal> appeals) {
    }

    public enum AppealOutcome { PENDING, UPHELD, CHANGED }

    public enum Appellant { CHILD, GUARDIAN, LEGAL_REPRESENTATIVE }

    public record Appeal(UUID id, LocalDate lodgedOn, Appellant lodgedBy, String grounds, AppealOutcome outcome,
                         LocalDate outcomeOn, String outcomeNote, long version) {
    }

    static final int MAX_TEXT = 8000;

    private final JdbcClient jdbc;
    private final CaseFiles caseFiles;
    private final Assessments assessments;
    private final Accounts accounts;
    private final Directory directory;
    private final FieldCipher cipher;
    private final AuditTrail audit;
    private final org.haven.casework.Tasks tasks;
    private final Clock clock;
    private final ZoneId zone;
    private final Set<OrganisationKind> requiredKinds;
    private final org.springframework.context.ApplicationEventPublisher events;

    Determinations(JdbcClient jdbc, CaseFiles caseFiles, Assessments assessments, Accounts accounts,
                   Directory directory, FieldCipher cipher, AuditTrail audit, org.haven.casework.Tasks tasks, Clock clock,
                   @Value("${haven.time-zone}") ZoneId zone,
                   @Value("${haven.best-interests.panel-required-kinds}") List<OrganisationKind> requiredKinds,
                   org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.jdbc = jdbc;
        this.caseFiles = caseFiles;
        this.assessments = assessments;
        this.accounts = accounts;
        this.directory = directory;
        this.cipher = cipher;
        this.audit = audit;
        this.tasks = tasks;
        this.clock = clock;
        this.zone = zone;
        var kinds = EnumSet.of(OrganisationKind.CHILD_PROTECTION);
        kinds.addAll(requiredKinds);
        this.requiredKinds = kinds;
    }

    public UUID determine(SignedInUser user, CaseId caseId, Decision decision) {
        caseFiles.requireManager(user, caseId, "bid.determined");
        if (decision.panel() != null) {
            var team = caseFiles.current(user, caseId).team().stream().map(m -> m.user().id().value()).toList();
            if (decision.panel().stream().map(PanelMember::userId).distinct().count() != decision.panel().size()) {
                throw new DomainRuleViolation("bid.panel.duplicate");
            }
            if (!decision.panel().stream().allMatch(m -> team.contains(m.userId()))) {
                throw new DomainRuleViolation("bid.panel.not-on-team");
            }
        }
        var assessment = assessments.load(decision.assessment());
        if (!assessment.caseId().equals(caseId) || assessment.status() != Assessments.Status.SIGNED_OFF) {
            throw new DomainRuleViolation("bid.assessment-not-signed-off");
        }
        var panelKinds = checkPanel(decision.panel());
        if (decision.decision() == null || decision.optionsConsidered() == null
                || !decision.optionsConsidered().contains(decision.decision()) || decision.optionsConsidered().size() < 2) {
            throw new DomainRuleViolation("bid.options");
        }
        if (decision.reasons() == null || decision.reasons().isBlank()) {
            throw new DomainRuleViolation("bid.reasons-required");
        }
        if (decision.reasons().length() > MAX_TEXT || decision.dissent() != null && decision.dissent().length() > MAX_TEXT
                || decision.steps() != null && decision.steps().length() > MAX_TEXT
                || decision.residenceStatus() != null && decision.residenceStatus().length() > 200) {
            throw new DomainRuleViolation("bid.too-long", MAX_TEXT);
        }
        var today = LocalDate.now(clock.withZone(zone));
        if (decision.decidedOn() == null || decision.reviewOn() == null || decision.decidedOn().isAfter(today)
                || !decision.reviewOn().isAfter(decision.decidedOn())) {
            throw new DomainRuleViolation("bid.dates");
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO bestinterests_determination (id, case_id, assessment, options_considered, decision, reasons,
                               dissent, allows_contact_with_origin, decided_on, review_on, recorded_by, recorded_at,
                               residence_status, steps)
                        VALUES (:id, :case, :assessment, :options, :decision, :reasons, :dissent, :contact, :decided,
                                :review, :by, :at, :residence, :steps)""")
                .param("residence", blankToNull(decision.residenceStatus())).param("steps", cipher.encryptIfPresent(decision.steps()))
                .param("id", id).param("case", caseId.value()).param("assessment", decision.assessment())
                .param("options", decision.optionsConsidered().stream().map(Enum::name).sorted().collect(Collectors.joining(",")))
                .param("decision", decision.decision().name()).param("reasons", cipher.encrypt(decision.reasons().strip()))
                .param("dissent", decision.dissent() == null || decision.dissent().isBlank() ? null
                        : cipher.encrypt(decision.dissent().strip()))
                .param("contact", decision.allowsContactWithOrigin()).param("decided", decision.decidedOn())
                .param("review", decision.reviewOn()).param("by", user.id().value())
                .param("at", Timestamp.from(clock.instant())).update();
        for (PanelMember member : decision.panel()) {
            jdbc.sql("""
                            INSERT INTO bestinterests_panel_member (determination, user_id, agency_kind, chair, no_conflict_declared)
                            VALUES (:d, :u, :kind, :chair, :declared)""")
                    .param("d", id).param("u", member.userId()).param("kind", panelKinds.get(member.userId()).name())
                    .param("chair", member.chair()).param("declared", member.noConflictDeclared()).update();
        }
        // The decision is looked at again by its review date: a task on the lead agency's queue.
        tasks.schedule(user.actor(), caseId, org.haven.casework.TaskKind.BEST_INTERESTS_REVIEW, null,
                decision.reviewOn().atTime(java.time.LocalTime.NOON).atZone(zone).toInstant(),
                org.haven.casework.Escalation.SUPERVISOR);
        audit.record(user.actor(), AuditRecord.succeeded("bid.determined", "bid", id).inCase(caseId.value())
                .withDetails(decision.decision() + (decision.allowsContactWithOrigin() ? ", contact with origin allowed" : "")));
        events.publishEvent(new BestInterestsFactsChanged(caseId));
        return id;
    }

    /** The panel's rules; returns each member's agency kind. */
    private java.util.Map<UUID, OrganisationKind> checkPanel(List<PanelMember> panel) {
        if (panel == null || panel.size() < 2) {
            throw new DomainRuleViolation("bid.panel.too-small");
        }
        var kinds = new java.util.HashMap<UUID, OrganisationKind>();
        for (PanelMember member : panel) {
            var account = accounts.find(new UserId(member.userId())).filter(Accounts.UserSummary::enabled)
                    .orElseThrow(() -> new DomainRuleViolation("bid.panel.unknown-member"));
            var kind = directory.find(account.organisationId()).map(o -> o.kind())
                    .orElseThrow(() -> new DomainRuleViolation("bid.panel.unknown-member"));
            kinds.put(member.userId(), kind);
            if (!member.noConflictDeclared()) {
                throw new DomainRuleViolation("bid.panel.conflict-not-declared", account.displayName());
            }
        }
        if (panel.stream().filter(PanelMember::chair).count() != 1) {
            throw new DomainRuleViolation("bid.panel.one-chair");
        }
        var chair = panel.stream().filter(PanelMember::chair).findFirst().orElseThrow();
        if (kinds.get(chair.userId()) == OrganisationKind.MIGRATION_AUTHORITY
                || kinds.get(chair.userId()) == OrganisationKind.BORDER_GUARD) {
            throw new DomainRuleViolation("bid.panel.chaired-by-migration");
        }
        var missing = EnumSet.copyOf(requiredKinds);
        missing.removeAll(kinds.values());
        if (!missing.isEmpty()) {
            throw new DomainRuleViolation("bid.panel.missing", missing.stream().map(Enum::name).sorted()
                    .collect(Collectors.joining(", ")));
        }
        return kinds;
    }

    /** The latest determination on a case, if any (for the return plan and the contact guard). */
    Optional<Determination> latest(CaseId caseId) {
        return jdbc.sql("SELECT id FROM bestinterests_determination WHERE case_id = :case ORDER BY recorded_order DESC LIMIT 1")
                .param("case", caseId.value()).query(UUID.class).optional().map(this::load);
    }

    public List<Determination> ofCase(SignedInUser user, CaseId caseId) {
        caseFiles.requireMemberReading(user, caseId, Section.HEALTH_AND_CARE, "bid.listed");
        audit.record(user.actor(), AuditRecord.succeeded("bid.listed", "case", caseId).inCase(caseId.value()));
        return jdbc.sql("SELECT id FROM bestinterests_determination WHERE case_id = :case ORDER BY decided_on, recorded_at")
                .param("case", caseId.value()).query(UUID.class).list().stream().map(this::load).toList();
    }

    public Determination view(SignedInUser user, UUID id) {
        var determination = load(id);
        caseFiles.requireMemberReading(user, determination.caseId(), Section.HEALTH_AND_CARE, "bid.viewed");
        audit.record(user.actor(), AuditRecord.succeeded("bid.viewed", "bid", id).inCase(determination.caseId().value()));
        return determination;
    }

    /** The determination was explained to the child: when, in which language, how (child-friendly). */
    public void childInformed(SignedInUser user, UUID id, LocalDate on, String language, String how) {
        var determination = load(id);
        caseFiles.requireManager(user, determination.caseId(), "bid.child-informed");
        if (on == null || on.isBefore(determination.decidedOn()) || on.isAfter(LocalDate.now(clock.withZone(zone)))
                || language == null || language.isBlank() || how == null || how.isBlank() || how.length() > 2000) {
            throw new DomainRuleViolation("bid.child-informed.invalid");
        }
        jdbc.sql("""
                        UPDATE bestinterests_determination SET child_informed_on = :on, child_informed_language = :language,
                               child_informed_how = :how WHERE id = :id""")
                .param("on", on).param("language", language.strip()).param("how", how.strip()).param("id", id).update();
        audit.record(user.actor(), AuditRecord.succeeded("bid.child-informed", "bid", id).inCase(determination.caseId().value()));
    }

    /** The child, the guardian or the legal representative appeals or asks for a review. */
    public UUID appeal(SignedInUser user, UUID id, LocalDate lodgedOn, Appellant by, String grounds) {
        var determination = load(id);
        caseFiles.requireTeamMember(user, determination.caseId(), "bid.appealed");
        if (lodgedOn == null || by == null || grounds == null || grounds.isBlank() || grounds.length() > MAX_TEXT
                || lodgedOn.isBefore(determination.decidedOn()) || lodgedOn.isAfter(LocalDate.now(clock.withZone(zone)))) {
            throw new DomainRuleViolation("bid.appeal.invalid");
        }
        UUID appeal = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO bestinterests_appeal (id, determination, lodged_on, lodged_by, grounds, outcome)
                        VALUES (:id, :d, :on, :by, :grounds, 'PENDING')""")
                .param("id", appeal).param("d", id).param("on", lodgedOn).param("by", by.name())
                .param("grounds", cipher.encrypt(grounds.strip())).update();
        audit.record(user.actor(), AuditRecord.succeeded("bid.appealed", "bid", id).inCase(determination.caseId().value())
                .withDetails(by.name()));
        return appeal;
    }

    /** The outcome of an appeal or review: the determination upheld, or changed (a new determination follows). */
    public void appealDecided(SignedInUser user, UUID appealId, AppealOutcome outcome, LocalDate on, String note) {
        UUID determinationId = jdbc.sql("SELECT determination FROM bestinterests_appeal WHERE id = :id").param("id", appealId)
                .query(UUID.class).optional().orElseThrow(() -> new NotFound("appeal", appealId));
        var determination = load(determinationId);
        caseFiles.requireManager(user, determination.caseId(), "bid.appeal-decided");
        var appeal = determination.appeals().stream().filter(a -> a.id().equals(appealId)).findFirst().orElseThrow();
        if (outcome == null || outcome == AppealOutcome.PENDING || on == null || on.isBefore(appeal.lodgedOn())
                || on.isAfter(LocalDate.now(clock.withZone(zone))) || note != null && note.length() > MAX_TEXT) {
            throw new DomainRuleViolation("bid.appeal-outcome.invalid");
        }
        if (appeal.outcome() != AppealOutcome.PENDING) {
            throw new DomainRuleViolation("bid.appeal.decided-already");
        }
        jdbc.sql("""
                        UPDATE bestinterests_appeal SET outcome = :outcome, outcome_on = :on, outcome_note = :note,
                               version = version + 1 WHERE id = :id AND outcome = 'PENDING'""")
                .param("outcome", outcome.name()).param("on", on).param("note", cipher.encryptIfPresent(note)).param("id", appealId).update();
        audit.record(user.actor(), AuditRecord.succeeded("bid.appeal-decided", "bid", determinationId)
                .inCase(determination.caseId().value()).withDetails(outcome.name()));
    }



    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    Determination load(UUID id) {
        var appeals = jdbc.sql("SELECT * FROM bestinterests_appeal WHERE determination = :d ORDER BY lodged_on")
                .param("d", id)
                .query((rs, n) -> new Appeal(rs.getObject("id", UUID.class), rs.getObject("lodged_on", LocalDate.class),
                        Appellant.valueOf(rs.getString("lodged_by")), cipher.decrypt(rs.getString("grounds")),
                        AppealOutcome.valueOf(rs.getString("outcome")), rs.getObject("outcome_on", LocalDate.class),
                        cipher.decrypt(rs.getString("outcome_note")), rs.getLong("version")))
                .list();
        return jdbc.sql("SELECT * FROM bestinterests_determination WHERE id = :id").param("id", id)
                .query((rs, n) -> new Determination(id, new CaseId(rs.getObject("case_id", UUID.class)),
                        rs.getObject("assessment", UUID.class),
                        Arrays.stream(rs.getString("options_considered").split(",")).map(DurableSolution::valueOf)
                                .collect(Collectors.toCollection(() -> EnumSet.noneOf(DurableSolution.class))),
                        DurableSolution.valueOf(rs.getString("decision")), cipher.decrypt(rs.getString("reasons")),
                        cipher.decrypt(rs.getString("dissent")), rs.getBoolean("allows_contact_with_origin"),
                        rs.getObject("decided_on", LocalDate.class), rs.getObject("review_on", LocalDate.class),
                        rs.getString("residence_status"), cipher.decrypt(rs.getString("steps")),
                        rs.getObject("child_informed_on", LocalDate.class), rs.getString("child_informed_language"),
                        rs.getString("child_informed_how"), appeals))
                .optional().orElseThrow(() -> new NotFound("best-interests determination", id));
    }
}
