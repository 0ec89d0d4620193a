package org.haven.casework;

import org.haven.access.Section;
import org.haven.access.SignedInUser;
import org.haven.audit.AuditRecord;
import org.haven.audit.AuditTrail;
import org.haven.platform.DomainRuleViolation;
import org.haven.platform.EditConflict;
import org.haven.platform.NoAccess;
import org.haven.platform.crypto.FieldCipher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The one individual assessment of the child's needs, risks and views (shared with the team, so the
 * child is not asked again by each agency) and the care plan built on it: goals and the services the
 * child is referred to, with their consent and the service's answer. Two people editing at once get a
 * conflict, never a lost update. The free text is encrypted at rest.
 */
@Service
@Transactional(noRollbackFor = NoAccess.class)
public class CarePlans {

    public enum ServiceKind { SAFE_ACCOMMODATION, HEALTH, PSYCHOLOGICAL, EDUCATION, LEGAL_AID, INTERPRETER, OTHER }

    public enum Consent { GIVEN, REFUSED, NOT_ASKED }

    public enum Response { PENDING, ACCEPTED, DECLINED, PROVIDING, ENDED }

    public record ServiceReferral(ServiceKind service, String provider, Consent consent, LocalDate referredOn,
                                  Response response) {
    }

    public record CarePlan(LocalDate assessedOn, String needs, String risks, String childViews, String goals,
                           LocalDate agreedOn, List<ServiceReferral> services, long version) {

        static CarePlan empty() {
            return new CarePlan(null, null, null, null, null, null, List.of(), 0);
        }

        /** For someone who reads health and care but not the child's statements (an agency it is shared with). */
        CarePlan withoutChildViews() {
            return new CarePlan(assessedOn, needs, risks, null, goals, agreedOn, services, version);
        }
    }

    static final int MAX_TEXT = 8000;
    static final int MAX_SERVICES = 30;

    private final JdbcClient jdbc;
    private final CaseFiles caseFiles;
    private final FieldCipher cipher;
    private final AuditTrail audit;
    private final Clock clock;
    private final java.time.ZoneId zone;

    CarePlans(JdbcClient jdbc, CaseFiles caseFiles, FieldCipher cipher, AuditTrail audit, Clock clock,
              @org.springframework.beans.factory.annotation.Value("${haven.time-zone}") java.time.ZoneId zone) {
        this.zone = zone;
        this.jdbc = jdbc;
        this.caseFiles = caseFiles;
        this.cipher = cipher;
        this.audit = audit;
        this.clock = clock;
    }

    public CarePlan of(SignedInUser user, CaseId caseId) {
        var reading = caseFiles.requireSection(user, caseId, Section.HEALTH_AND_CARE, "care-plan.viewed");
        audit.record(user.actor(), AuditRecord.succeeded("care-plan.viewed", "case", caseId).inCase(caseId.value()));
        var plan = load(caseId);
        return reading.reads(Section.CHILD_STATEMENTS) ? plan : plan.withoutChildViews();
    }

    /** Saves the plan as edited from the version the user saw; anything else is a conflict. */
    public void write(SignedInUser user, CaseId caseId, CarePlan edited, long seenVersion) {
        var part = caseFiles.requireTeamMember(user, caseId, "care-plan.written");
        if (!part.mayManageCase() && part != TeamRole.GUARDIAN) {
            audit.record(user.actor(), AuditRecord.refused("care-plan.written", "case", caseId).inCase(caseId.value()));
            throw new NoAccess("The care plan is written by the case's caseworkers and the guardian");
        }
        validate(edited);
        var before = load(caseId);
        if (before.version() != seenVersion) {
            throw new EditConflict(before);
        }
        int updated = seenVersion == 0 && !exists(caseId) ? insert(caseId, edited) : update(caseId, edited, seenVersion);
        if (updated == 0) {
            throw new EditConflict(load(caseId));
        }
        jdbc.sql("DELETE FROM casework_service_referral WHERE case_id = :case").param("case", caseId.value()).update();
        int position = 0;
        var today = LocalDate.now(clock.withZone(zone));
        for (ServiceReferral edit : edited.services()) {
            // A referral keeps the day it was made, whatever form saved it again; a new one is made today.
            var s = edit.referredOn() != null ? edit : new ServiceReferral(edit.service(), edit.provider(), edit.consent(),
                    before.services().stream().filter(old -> old.service() == edit.service() && old.referredOn() != null)
                            .map(ServiceReferral::referredOn).findFirst().orElse(today), edit.response());
            jdbc.sql("""
                            INSERT INTO casework_service_referral (case_id, position, service, provider, consent, referred_on, response)
                            VALUES (:case, :position, :service, :provider, :consent, :referred, :response)""")
                    .param("case", caseId.value()).param("position", position++).param("service", s.service().name())
                    .param("provider", s.provider()).param("consent", s.consent().name())
                    .param("referred", s.referredOn()).param("response", s.response().name()).update();
        }
        audit.record(user.actor(), AuditRecord.succeeded("care-plan.written", "case", caseId).inCase(caseId.value()));
        if (edited.assessedOn() != null) {
            caseFiles.reach(caseId, Milestone.ASSESSMENT_RECORDED);
        }
        if (edited.agreedOn() != null) {
            caseFiles.reach(caseId, Milestone.CARE_PLAN_AGREED);
        }
    }

    private void validate(CarePlan plan) {
        var today = LocalDate.now(clock.withZone(zone));
        if (plan.assessedOn() != null && plan.assessedOn().isAfter(today)
                || plan.agreedOn() != null && plan.agreedOn().isAfter(today)) {
            throw new DomainRuleViolation("care-plan.date.future");
        }
        if (plan.agreedOn() != null && (plan.assessedOn() == null || blank(plan.goals()))) {
            throw new DomainRuleViolation("care-plan.agreed-needs-assessment-and-goals");
        }
        for (String text : new String[]{plan.needs(), plan.risks(), plan.childViews(), plan.goals()}) {
            if (text != null && text.length() > MAX_TEXT) {
                throw new DomainRuleViolation("care-plan.too-long", MAX_TEXT);
            }
        }
        if (plan.services() == null) {
            throw new DomainRuleViolation("care-plan.service.incomplete");
        }
        if (plan.services().size() > MAX_SERVICES) {
            throw new DomainRuleViolation("care-plan.too-many-services", MAX_SERVICES);
        }
        for (ServiceReferral s : plan.services()) {
            if (s == null || s.service() == null || s.consent() == null || s.response() == null) {
                throw new DomainRuleViolation("care-plan.service.incomplete");
            }
            if (s.consent() == Consent.REFUSED && s.response() != Response.PENDING && s.response() != Response.DECLINED) {
                throw new DomainRuleViolation("care-plan.service.without-consent");
            }
            if (s.provider() != null && s.provider().length() > 200) {
                throw new DomainRuleViolation("care-plan.too-long", 200);
            }
        }
    }

    private boolean exists(CaseId caseId) {
        return jdbc.sql("SELECT count(*) FROM casework_care_plan WHERE case_id = :case").param("case", caseId.value())
                .query(Long.class).single() > 0;
    }

    private int insert(CaseId caseId, CarePlan plan) {
        return jdbc.sql("""
                        INSERT INTO casework_care_plan (case_id, assessed_on, needs, risks, child_views, goals, agreed_on, version)
                        VALUES (:case, :assessed, :needs, :risks, :views, :goals, :agreed, 1) ON CONFLICT DO NOTHING""")
                .param("case", caseId.value()).param("assessed", plan.assessedOn())
                .param("needs", cipher.encryptIfPresent(plan.needs())).param("risks", cipher.encryptIfPresent(plan.risks()))
                .param("views", cipher.encryptIfPresent(plan.childViews())).param("goals", cipher.encryptIfPresent(plan.goals()))
                .param("agreed", plan.agreedOn()).update();
    }

    private int update(CaseId caseId, CarePlan plan, long seenVersion) {
        return jdbc.sql("""
                        UPDATE casework_care_plan SET assessed_on = :assessed, needs = :needs, risks = :risks,
                               child_views = :views, goals = :goals, agreed_on = :agreed, version = version + 1
                        WHERE case_id = :case AND version = :seen""")
                .param("case", caseId.value()).param("assessed", plan.assessedOn())
                .param("needs", cipher.encryptIfPresent(plan.needs())).param("risks", cipher.encryptIfPresent(plan.risks()))
                .param("views", cipher.encryptIfPresent(plan.childViews())).param("goals", cipher.encryptIfPresent(plan.goals()))
                .param("agreed", plan.agreedOn()).param("seen", seenVersion).update();
    }

    private CarePlan load(CaseId caseId) {
        var services = jdbc.sql("""
                        SELECT service, provider, consent, referred_on, response FROM casework_service_referral
                        WHERE case_id = :case ORDER BY position""")
                .param("case", caseId.value())
                .query((rs, n) -> new ServiceReferral(ServiceKind.valueOf(rs.getString("service")), rs.getString("provider"),
                        Consent.valueOf(rs.getString("consent")), rs.getObject("referred_on", LocalDate.class),
                        Response.valueOf(rs.getString("response"))))
                .list();
        return jdbc.sql("SELECT * FROM casework_care_plan WHERE case_id = :case").param("case", caseId.value())
                .query((rs, n) -> new CarePlan(rs.getObject("assessed_on", LocalDate.class),
                        cipher.decrypt(rs.getString("needs")), cipher.decrypt(rs.getString("risks")),
                        cipher.decrypt(rs.getString("child_views")), cipher.decrypt(rs.getString("goals")),
                        rs.getObject("agreed_on", LocalDate.class), services, rs.getLong("version")))
                .optional().orElse(CarePlan.empty());
    }


    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
