package org.haven.bestinterests;

import org.haven.access.Section;
import org.haven.access.SignedInUser;
import org.haven.audit.AuditRecord;
import org.haven.audit.AuditTrail;
import org.haven.casework.CaseFiles;
import org.haven.casework.CaseId;
import org.haven.casework.Escalation;
import org.haven.casework.TaskId;
import org.haven.casework.TaskKind;
import org.haven.casework.Tasks;
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
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A return home can't happen in Haven without the checks that protect the child: a determination
 * that chose return, a current risk and security assessment, a positive family assessment (or care
 * arranged), the guardian heard, a receiving agency that accepted the handover, a travel escort and a
 * reintegration plan. Approval names the first missing condition. After the return, monitoring
 * reports fall due (1, 3, 6 and 12 months by default) as tasks that escalate when missed; a report
 * with signs of re-trafficking raises an alert to the team.
 */
@Service
@Transactional(noRollbackFor = {NoAccess.class, DomainRuleViolation.class})
public class ReturnPlans {

    private final org.springframework.context.ApplicationEventPublisher events;

    /** What a plan records before it can be approved. */
    public record Plan(LocalDate riskAssessedOn, String riskAssessment, String familyAssessment, String careArranged,
                       LocalDate guardianHeardOn, String receivingAgency, LocalDate receivingAgencyAcceptedOn,
                       String travelEscort, String reintegrationPlan, Boolean familyCanProtect) {

        /** A plan whose family assessment has not reached its conclusion yet. */
        public Plan(LocalDate riskAssessedOn, String riskAssessment, String familyAssessment, String careArranged,
                    LocalDate guardianHeardOn, String receivingAgency, LocalDate receivingAgencyAcceptedOn,
                    String travelEscort, String reintegrationPlan) {
            this(riskAssessedOn, riskAssessment, familyAssessment, careArranged, guardianHeardOn, receivingAgency,
                    receivingAgencyAcceptedOn, travelEscort, reintegrationPlan, null);
        }
    }

    /** The conditions of approval, in the order they are checked. */
    public enum Condition {
        DETERMINATION_CHOSE_RETURN, CONTACT_WITH_ORIGIN_ALLOWED, RISK_ASSESSMENT_CURRENT, FAMILY_ASSESSED_OR_CARE_ARRANGED, GUARDIAN_HEARD,
        RECEIVING_AGENCY_ACCEPTED, TRAVEL_ESCORT, REINTEGRATION_PLAN
    }

    static final int MAX_TEXT = 8000;

    private final JdbcClient jdbc;
    private final CaseFiles caseFiles;
    private final Determinations determinations;
    private final OriginContact originContact;
    private final Tasks tasks;
    private final org.haven.casework.Notifications notifications;
    private final FieldCipher cipher;
    private final AuditTrail audit;
    private final Clock clock;
    private final ZoneId zone;
    private final Period riskValidFor;
    private final List<Integer> monitoringMonths;

    ReturnPlans(JdbcClient jdbc, CaseFiles caseFiles, Determinations determinations, OriginContact originContact,
                Tasks tasks, org.haven.casework.Notifications notifications, FieldCipher cipher,
                AuditTrail audit, Clock clock, @Value("${haven.time-zone}") ZoneId zone,
                @Value("${haven.best-interests.risk-assessment-valid-for}") Period riskValidFor,
                @Value("${haven.best-interests.monitoring-months}") List<Integer> monitoringMonths,
                org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.jdbc = jdbc;
        this.caseFiles = caseFiles;
        this.determinations = determinations;
        this.originContact = originContact;
        this.notifications = notifications;
        this.tasks = tasks;
        this.cipher = cipher;
        this.audit = audit;
        this.clock = clock;
        this.zone = zone;
        this.riskValidFor = riskValidFor;
        this.monitoringMonths = List.copyOf(monitoringMonths);
    }

    /** Drafts a return plan on the case's latest determination; incomplete plans are kept as drafts. */
    public UUID draft(SignedInUser user, CaseId caseId, Plan plan) {
        caseFiles.requireManager(user, caseId, "return-plan.drafted");
        var determination = determinations.latest(caseId)
                .orElseThrow(() -> new DomainRuleViolation("return.missing.DETERMINATION_CHOSE_RETURN"));
        checkTexts(plan);
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO bestinterests_return_plan (id, case_id, determination) VALUES (:id, :case, :d)")
                .param("id", id).param("case", caseId.value()).param("d", determination.id()).update();
        write(id, plan, 0);
        audit.record(user.actor(), AuditRecord.succeeded("return-plan.drafted", "return-plan", id).inCase(caseId.value()));
        return id;
    }

    public void revise(SignedInUser user, UUID planId, Plan plan, long seenVersion) {
        var caseId = caseOf(planId);
        caseFiles.requireManager(user, caseId, "return-plan.revised");
        if (approvedAt(planId)) {
            throw new DomainRuleViolation("return.already-approved");
        }
        checkTexts(plan);
        write(planId, plan, seenVersion);
        audit.record(user.actor(), AuditRecord.succeeded("return-plan.revised", "return-plan", planId).inCase(caseId.value()));
    }

    /** The conditions not yet met, in order; empty when the plan may be approved. */
    public List<Condition> missing(UUID planId) {
        var determination = determinations.load(jdbc.sql("SELECT determination FROM bestinterests_return_plan WHERE id = :id")
                .param("id", planId).query(UUID.class).single());
        var plan = load(planId);
        var today = LocalDate.now(clock.withZone(zone));
        var missing = new ArrayList<Condition>();
        // The plan rests on the case's latest determination only: a later decision replaces it.
        boolean current = determinations.latest(determination.caseId()).map(d -> d.id().equals(determination.id()))
                .orElse(false);
        if (!determination.decision().isReturn() || !current) {
            missing.add(Condition.DETERMINATION_CHOSE_RETURN);
        }
        if (!originContact.contactAllowed(determination.caseId())) {
            // A return means a receiving agency in the country of origin: contact it only when allowed.
            missing.add(Condition.CONTACT_WITH_ORIGIN_ALLOWED);
        }
        if (plan.riskAssessedOn() == null || blank(plan.riskAssessment()) || plan.riskAssessedOn().isAfter(today)
                || plan.riskAssessedOn().plus(riskValidFor).isBefore(today)) {
            missing.add(Condition.RISK_ASSESSMENT_CURRENT);
        }
        boolean toCare = determination.decision() == DurableSolution.RETURN_TO_CARE;
        // To the family only when its assessment concludes that it was not involved and can protect the child.
        if (toCare ? blank(plan.careArranged()) : blank(plan.familyAssessment()) || !Boolean.TRUE.equals(plan.familyCanProtect())) {
            missing.add(Condition.FAMILY_ASSESSED_OR_CARE_ARRANGED);
        }
        if (plan.guardianHeardOn() == null || plan.guardianHeardOn().isAfter(today)) {
            missing.add(Condition.GUARDIAN_HEARD);
        }
        if (blank(plan.receivingAgency()) || plan.receivingAgencyAcceptedOn() == null) {
            missing.add(Condition.RECEIVING_AGENCY_ACCEPTED);
        }
        if (blank(plan.travelEscort())) {
            missing.add(Condition.TRAVEL_ESCORT);
        }
        if (blank(plan.reintegrationPlan())) {
            missing.add(Condition.REINTEGRATION_PLAN);
        }
        return missing;
    }

    /** Approves the plan, or refuses naming the first condition missing. */
    public void approve(SignedInUser user, UUID planId) {
        var caseId = caseOf(planId);
        caseFiles.requireManager(user, caseId, "return-plan.approved");
        var missing = missing(planId);
        if (!missing.isEmpty()) {
            audit.record(user.actor(), AuditRecord.refused("return-plan.approved", "return-plan", planId)
                    .inCase(caseId.value()).withDetails("missing: " + missing));
            throw new DomainRuleViolation("return.missing." + missing.get(0), missing.size());
        }
        if (jdbc.sql("""
                        UPDATE bestinterests_return_plan SET approved_by = :by, approved_at = :at, version = version + 1
                        WHERE id = :id AND approved_at IS NULL""")
                .param("by", user.id().value()).param("at", Timestamp.from(clock.instant())).param("id", planId).update() == 0) {
            throw new DomainRuleViolation("return.already-approved");
        }
        audit.record(user.actor(), AuditRecord.succeeded("return-plan.approved", "return-plan", planId).inCase(caseId.value()));
    }

    /** The child went back: monitoring reports fall due, each a task that escalates when missed. */
    public void returned(SignedInUser user, UUID planId, LocalDate on) {
        var caseId = caseOf(planId);
        caseFiles.requireManager(user, caseId, "return.recorded");
        if (!approvedAt(planId)) {
            throw new DomainRuleViolation("return.not-approved");
        }
        var missing = missing(planId);
        if (!missing.isEmpty()) {
            // Something changed since the approval (a new decision, an outdated risk assessment).
            throw new DomainRuleViolation("return.missing." + missing.get(0), missing.size());
        }
        if (on == null || on.isAfter(LocalDate.now(clock.withZone(zone)))) {
            throw new DomainRuleViolation("return.date");
        }
        if (jdbc.sql("UPDATE bestinterests_return_plan SET returned_on = :on WHERE id = :id AND returned_on IS NULL")
                .param("on", on).param("id", planId).update() == 0) {
            throw new DomainRuleViolation("return.recorded-already");
        }
        for (int months : monitoringMonths) {
            LocalDate due = on.plusMonths(months);
            TaskId task = tasks.schedule(user.actor(), caseId, TaskKind.MONITORING_REPORT, null,
                    due.atTime(LocalTime.NOON).atZone(zone).toInstant(), Escalation.COORDINATOR);
            jdbc.sql("""
                            INSERT INTO bestinterests_monitoring_report (id, return_plan, due_on, task_id)
                            VALUES (:id, :plan, :due, :task)""")
                    .param("id", UUID.randomUUID()).param("plan", planId).param("due", due).param("task", task.value())
                    .update();
        }
        audit.record(user.actor(), AuditRecord.succeeded("return.recorded", "return-plan", planId).inCase(caseId.value()));
        events.publishEvent(new BestInterestsFactsChanged(caseId));
    }

    /** A monitoring report from the receiving agency; signs of re-trafficking alert the team. */
    public void report(SignedInUser user, UUID planId, LocalDate dueOn, LocalDate receivedOn, String report,
                       boolean retraffickingSigns) {
        var caseId = caseOf(planId);
        caseFiles.requireTeamMember(user, caseId, "monitoring.reported");
        var returnedOn = jdbc.sql("SELECT returned_on FROM bestinterests_return_plan WHERE id = :id").param("id", planId)
                .query(LocalDate.class).optional().orElse(null);
        if (returnedOn == null || receivedOn == null || receivedOn.isBefore(returnedOn)) {
            throw new DomainRuleViolation("monitoring.before-return");
        }
        if (receivedOn.isAfter(LocalDate.now(clock.withZone(zone))) || blank(report) || report.length() > MAX_TEXT) {
            throw new DomainRuleViolation("monitoring.incomplete");
        }
        UUID task = jdbc.sql("""
                        SELECT task_id FROM bestinterests_monitoring_report WHERE return_plan = :plan AND due_on = :due
                        AND received_on IS NULL""")
                .param("plan", planId).param("due", dueOn).query(UUID.class).optional()
                .orElseThrow(() -> new DomainRuleViolation("monitoring.no-report-due"));
        jdbc.sql("""
                        UPDATE bestinterests_monitoring_report SET received_on = :received, report = :report,
                               retrafficking_signs = :signs WHERE task_id = :task""")
                .param("received", receivedOn).param("report", cipher.encrypt(report.strip()))
                .param("signs", retraffickingSigns).param("task", task).update();
        tasks.closeScheduled(user.actor(), new TaskId(task), "Report received " + receivedOn);
        events.publishEvent(new BestInterestsFactsChanged(caseId));
        audit.record(user.actor(), AuditRecord.succeeded("monitoring.reported", "return-plan", planId).inCase(caseId.value())
                .withDetails(retraffickingSigns ? "signs of re-trafficking" : "no signs of re-trafficking"));
        if (retraffickingSigns) {
            notifications.alertTeam(caseId, "notice.retrafficking", null);
            tasks.schedule(user.actor(), caseId, TaskKind.RETURN_INTERVIEW,
                    "Signs of re-trafficking after the return: act with the receiving agency now",
                    clock.instant().plusSeconds(24 * 3600), Escalation.COORDINATOR);
        }
    }

    private void write(UUID planId, Plan plan, long seenVersion) {
        int updated = jdbc.sql("""
                        UPDATE bestinterests_return_plan SET risk_assessed_on = :riskOn, risk_assessment = :risk,
                               family_assessment = :family, care_arranged = :care, guardian_heard_on = :guardian,
                               receiving_agency = :agency, receiving_agency_accepted_on = :accepted, travel_escort = :escort,
                               reintegration_plan = :reintegration, family_can_protect = :canProtect, version = version + 1
                        WHERE id = :id AND version = :seen""")
                .param("riskOn", plan.riskAssessedOn()).param("risk", cipher.encryptIfPresent(plan.riskAssessment()))
                .param("family", cipher.encryptIfPresent(plan.familyAssessment())).param("care", cipher.encryptIfPresent(plan.careArranged()))
                .param("guardian", plan.guardianHeardOn()).param("agency", trim(plan.receivingAgency()))
                .param("accepted", plan.receivingAgencyAcceptedOn()).param("escort", trim(plan.travelEscort()))
                .param("reintegration", cipher.encryptIfPresent(plan.reintegrationPlan())).param("canProtect", plan.familyCanProtect())
                .param("id", planId).param("seen", seenVersion)
                .update();
        if (updated == 0) {
            throw new EditConflict(load(planId));
        }
    }

    /** A return plan's state for its page: approved, returned, and the monitoring reports. */
    public record Progress(CaseId caseId, boolean approved, LocalDate returnedOn, List<Monitoring> reports) {
    }

    public record Monitoring(LocalDate dueOn, LocalDate receivedOn, Boolean retraffickingSigns) {
    }

    public List<UUID> ofCase(SignedInUser user, CaseId caseId) {
        caseFiles.requireMemberReading(user, caseId, Section.HEALTH_AND_CARE, "return-plan.listed");
        return jdbc.sql("SELECT id FROM bestinterests_return_plan WHERE case_id = :case ORDER BY id")
                .param("case", caseId.value()).query(UUID.class).list();
    }

    public Progress progress(UUID planId) {
        var reports = jdbc.sql("""
                        SELECT due_on, received_on, retrafficking_signs FROM bestinterests_monitoring_report
                        WHERE return_plan = :plan ORDER BY due_on""")
                .param("plan", planId)
                .query((rs, n) -> new Monitoring(rs.getObject("due_on", LocalDate.class),
                        rs.getObject("received_on", LocalDate.class), (Boolean) rs.getObject("retrafficking_signs")))
                .list();
        var returnedOn = jdbc.sql("SELECT returned_on FROM bestinterests_return_plan WHERE id = :id").param("id", planId)
                .query(LocalDate.class).optional().orElse(null);
        return new Progress(caseOf(planId), approvedAt(planId), returnedOn, reports);
    }

    public Plan view(SignedInUser user, UUID planId) {
        var caseId = caseOf(planId);
        caseFiles.requireMemberReading(user, caseId, Section.HEALTH_AND_CARE, "return-plan.viewed");
        audit.record(user.actor(), AuditRecord.succeeded("return-plan.viewed", "return-plan", planId).inCase(caseId.value()));
        return load(planId);
    }

    private Plan load(UUID planId) {
        return jdbc.sql("SELECT * FROM bestinterests_return_plan WHERE id = :id").param("id", planId)
                .query((rs, n) -> new Plan(rs.getObject("risk_assessed_on", LocalDate.class),
                        cipher.decrypt(rs.getString("risk_assessment")), cipher.decrypt(rs.getString("family_assessment")),
                        cipher.decrypt(rs.getString("care_arranged")), rs.getObject("guardian_heard_on", LocalDate.class),
                        rs.getString("receiving_agency"), rs.getObject("receiving_agency_accepted_on", LocalDate.class),
                        rs.getString("travel_escort"), cipher.decrypt(rs.getString("reintegration_plan")),
                        (Boolean) rs.getObject("family_can_protect")))
                .optional().orElseThrow(() -> new NotFound("return plan", planId));
    }

    public long version(UUID planId) {
        return jdbc.sql("SELECT version FROM bestinterests_return_plan WHERE id = :id").param("id", planId)
                .query(Long.class).optional().orElseThrow(() -> new NotFound("return plan", planId));
    }

    private boolean approvedAt(UUID planId) {
        return jdbc.sql("SELECT approved_at IS NOT NULL FROM bestinterests_return_plan WHERE id = :id").param("id", planId)
                .query(Boolean.class).single();
    }

    private CaseId caseOf(UUID planId) {
        return jdbc.sql("SELECT case_id FROM bestinterests_return_plan WHERE id = :id").param("id", planId)
                .query(UUID.class).optional().map(CaseId::new).orElseThrow(() -> new NotFound("return plan", planId));
    }


    private static void checkTexts(Plan plan) {
        for (String text : new String[]{plan.riskAssessment(), plan.familyAssessment(), plan.careArranged(),
                plan.receivingAgency(), plan.travelEscort(), plan.reintegrationPlan()}) {
            if (text != null && text.length() > MAX_TEXT) {
                throw new DomainRuleViolation("return.too-long", MAX_TEXT);
            }
        }
    }


    private static String trim(String text) {
        return blank(text) ? null : text.strip();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
