package org.haven.bestinterests;

import org.haven.access.Section;
import org.haven.access.SignedInUser;
import org.haven.audit.AuditRecord;
import org.haven.audit.AuditTrail;
import org.haven.casework.CarePlans;
import org.haven.casework.CaseFiles;
import org.haven.casework.CaseId;
import org.haven.platform.DomainRuleViolation;
import org.haven.platform.EditConflict;
import org.haven.platform.NoAccess;
import org.haven.platform.NotFound;
import org.haven.platform.crypto.FieldCipher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

/**
 * The best-interests assessment: a draft to which team members contribute findings under each
 * General Comment 14 element (with source and professional), the child's views in their own words
 * with how they were heard and the weight their age and maturity give them, signed off by the lead
 * when every element has a finding. It starts from the case's individual assessment, so the child is
 * not interviewed again for the form.
 */
@Service
@Transactional(noRollbackFor = NoAccess.class)
public class Assessments {

    public enum Status { DRAFT, SIGNED_OFF }

    public enum Maturity { LIMITED, DEVELOPING, MATURE }

    public record Finding(UUID id, Element element, String text, String source, UUID professional, Instant addedAt) {
    }

    public record ChildViews(String words, String language, boolean interpreterUsed, String supportPerson,
                             Maturity maturity) {
    }

    public record Assessment(UUID id, CaseId caseId, Status status, ChildViews childViews, List<Finding> findings,
                             UUID signedOffBy, Instant signedOffAt, long version) {

        /** The elements that still have no finding. */
        public EnumSet<Element> missing() {
            var missing = EnumSet.allOf(Element.class);
            findings.forEach(f -> missing.remove(f.element()));
            boolean heard = childViews.words() != null && !childViews.words().isBlank() && childViews.maturity() != null
                    && childViews.language() != null && !childViews.language().isBlank();
            if (heard) {
                missing.remove(Element.CHILD_VIEWS);
            }
            return missing;
        }
    }

    static final int MAX_TEXT = 8000;

    private final JdbcClient jdbc;
    private final CaseFiles caseFiles;
    private final CarePlans carePlans;
    private final FieldCipher cipher;
    private final AuditTrail audit;
    private final Clock clock;

    Assessments(JdbcClient jdbc, CaseFiles caseFiles, CarePlans carePlans, FieldCipher cipher, AuditTrail audit,
                Clock clock) {
        this.jdbc = jdbc;
        this.caseFiles = caseFiles;
        this.carePlans = carePlans;
        this.cipher = cipher;
        this.audit = audit;
        this.clock = clock;
    }

    /** Starts a draft from the individual assessment: its needs, risks and the child's views become findings. */
    public UUID start(SignedInUser user, CaseId caseId) {
        caseFiles.requireManager(user, caseId, "bia.started");
        var plan = carePlans.of(user, caseId);
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO bestinterests_assessment (id, case_id, status, child_views, started_by, started_at)
                        VALUES (:id, :case, 'DRAFT', :views, :by, :at)""")
                .param("id", id).param("case", caseId.value()).param("views", cipher.encryptIfPresent(plan.childViews()))
                .param("by", user.id().value()).param("at", Timestamp.from(clock.instant())).update();
        if (plan.needs() != null) {
            insertFinding(id, Element.HEALTH, plan.needs(), "Individual assessment (needs)", user);
        }
        if (plan.risks() != null) {
            insertFinding(id, Element.CARE_PROTECTION_SAFETY, plan.risks(), "Individual assessment (risks)", user);
        }
        audit.record(user.actor(), AuditRecord.succeeded("bia.started", "bia", id).inCase(caseId.value()));
        return id;
    }

    /** Any team member contributes what they know under an element, with its source. */
    public void contribute(SignedInUser user, UUID assessmentId, Element element, String text, String source) {
        var assessment = load(assessmentId);
        caseFiles.requireMemberReading(user, assessment.caseId(), Section.HEALTH_AND_CARE, "bia.contributed");
        requireDraft(assessment);
        if (element == Element.CHILD_VIEWS) {
            // The child's views are recorded as heard (words, language, maturity), not as someone's finding.
            throw new DomainRuleViolation("bia.child-views.not-a-finding");
        }
        if (element == null || blank(text) || blank(source)) {
            throw new DomainRuleViolation("bia.finding.incomplete");
        }
        requireLength(text);
        requireLength(source);
        insertFinding(assessmentId, element, text, source, user);
        audit.record(user.actor(), AuditRecord.succeeded("bia.contributed", "bia", assessmentId)
                .inCase(assessment.caseId().value()).withDetails(element.name()));
    }

    /** The child's views, in their own words, and how they were heard. */
    public void recordChildViews(SignedInUser user, UUID assessmentId, ChildViews views, long seenVersion) {
        var assessment = load(assessmentId);
        caseFiles.requireManager(user, assessment.caseId(), "bia.child-views");
        requireDraft(assessment);
        if (views.maturity() == null) {
            throw new DomainRuleViolation("bia.maturity.required");
        }
        requireLength(views.words());
        int updated = jdbc.sql("""
                        UPDATE bestinterests_assessment SET child_views = :views, heard_language = :language,
                               interpreter_used = :interpreter, support_person = :support, maturity = :maturity,
                               version = version + 1 WHERE id = :id AND version = :seen""")
                .param("views", cipher.encryptIfPresent(views.words())).param("language", trim(views.language()))
                .param("interpreter", views.interpreterUsed()).param("support", trim(views.supportPerson()))
                .param("maturity", views.maturity().name()).param("id", assessmentId).param("seen", seenVersion).update();
        if (updated == 0) {
            throw new EditConflict(load(assessmentId));
        }
        audit.record(user.actor(), AuditRecord.succeeded("bia.child-views", "bia", assessmentId)
                .inCase(assessment.caseId().value()));
    }

    /** The lead signs the assessment off once every element has a finding and the child was heard. */
    public void signOff(SignedInUser user, UUID assessmentId, long seenVersion) {
        var assessment = load(assessmentId);
        caseFiles.requireManager(user, assessment.caseId(), "bia.signed-off");
        requireDraft(assessment);
        if (!assessment.missing().isEmpty()) {
            throw new DomainRuleViolation("bia.elements-missing", assessment.missing().toString());
        }
        int updated = jdbc.sql("""
                        UPDATE bestinterests_assessment SET status = 'SIGNED_OFF', signed_off_by = :by, signed_off_at = :at,
                               version = version + 1 WHERE id = :id AND version = :seen""")
                .param("by", user.id().value()).param("at", Timestamp.from(clock.instant())).param("id", assessmentId)
                .param("seen", seenVersion).update();
        if (updated == 0) {
            throw new EditConflict(load(assessmentId));
        }
        audit.record(user.actor(), AuditRecord.succeeded("bia.signed-off", "bia", assessmentId)
                .inCase(assessment.caseId().value()));
    }

    public Assessment view(SignedInUser user, UUID assessmentId) {
        var assessment = load(assessmentId);
        caseFiles.requireMemberReading(user, assessment.caseId(), Section.HEALTH_AND_CARE, "bia.viewed");
        audit.record(user.actor(), AuditRecord.succeeded("bia.viewed", "bia", assessmentId)
                .inCase(assessment.caseId().value()));
        return assessment;
    }

    public List<Assessment> ofCase(SignedInUser user, CaseId caseId) {
        caseFiles.requireMemberReading(user, caseId, Section.HEALTH_AND_CARE, "bia.listed");
        audit.record(user.actor(), AuditRecord.succeeded("bia.listed", "case", caseId).inCase(caseId.value()));
        return jdbc.sql("SELECT id FROM bestinterests_assessment WHERE case_id = :case ORDER BY started_at")
                .param("case", caseId.value()).query(UUID.class).list().stream().map(this::load).toList();
    }

    Assessment load(UUID id) {
        var findings = jdbc.sql("""
                        SELECT id, element, finding, source, professional, added_at FROM bestinterests_finding
                        WHERE assessment = :a ORDER BY added_at""")
                .param("a", id)
                .query((rs, n) -> new Finding(rs.getObject("id", UUID.class), Element.valueOf(rs.getString("element")),
                        cipher.decrypt(rs.getString("finding")), rs.getString("source"),
                        rs.getObject("professional", UUID.class), rs.getTimestamp("added_at").toInstant()))
                .list();
        return jdbc.sql("SELECT * FROM bestinterests_assessment WHERE id = :id").param("id", id)
                .query((rs, n) -> new Assessment(id, new CaseId(rs.getObject("case_id", UUID.class)),
                        Status.valueOf(rs.getString("status")),
                        new ChildViews(cipher.decrypt(rs.getString("child_views")), rs.getString("heard_language"),
                                rs.getBoolean("interpreter_used"), rs.getString("support_person"),
                                rs.getString("maturity") == null ? null : Maturity.valueOf(rs.getString("maturity"))),
                        findings, rs.getObject("signed_off_by", UUID.class),
                        rs.getTimestamp("signed_off_at") == null ? null : rs.getTimestamp("signed_off_at").toInstant(),
                        rs.getLong("version")))
                .optional().orElseThrow(() -> new NotFound("best-interests assessment", id));
    }

    private void insertFinding(UUID assessment, Element element, String text, String source, SignedInUser user) {
        jdbc.sql("""
                        INSERT INTO bestinterests_finding (id, assessment, element, finding, source, professional, added_at)
                        VALUES (:id, :a, :element, :finding, :source, :by, :at)""")
                .param("id", UUID.randomUUID()).param("a", assessment).param("element", element.name())
                .param("finding", cipher.encrypt(text.strip())).param("source", source.strip())
                .param("by", user.id().value()).param("at", Timestamp.from(clock.instant())).update();
    }


    private static void requireDraft(Assessment assessment) {
        if (assessment.status() != Status.DRAFT) {
            throw new DomainRuleViolation("bia.signed-off-already");
        }
    }


    private static String trim(String text) {
        return blank(text) ? null : text.strip();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static void requireLength(String text) {
        if (text != null && text.length() > MAX_TEXT) {
            throw new DomainRuleViolation("bia.too-long", MAX_TEXT);
        }
    }
}
