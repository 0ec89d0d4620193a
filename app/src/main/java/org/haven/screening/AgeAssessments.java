package org.haven.screening;

import org.haven.access.SignedInUser;
import org.haven.audit.AuditRecord;
import org.haven.audit.AuditTrail;
import org.haven.casework.CaseFiles;
import org.haven.casework.CaseId;
import org.haven.casework.TeamRole;
import org.haven.person.ChildDetails;
import org.haven.person.ChildRegistry;
import org.haven.person.DateOfBirth;
import org.haven.platform.EditConflict;
import org.haven.platform.NoAccess;
import org.haven.platform.NotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

/**
 * Recording age assessments. The decision is the only way a person presumed to be a child becomes
 * an adult in Haven: it writes the assessed age range into the child's record in the same
 * transaction, with the assessment as the reason in the audit log.
 */
@Service
@Transactional(noRollbackFor = NoAccess.class)
public class AgeAssessments {

    private final AgeAssessmentRecords records;
    private final CaseFiles caseFiles;
    private final ChildRegistry children;
    private final AuditTrail audit;
    private final Clock clock;

    AgeAssessments(AgeAssessmentRecords records, CaseFiles caseFiles, ChildRegistry children, AuditTrail audit,
                   Clock clock) {
        this.records = records;
        this.caseFiles = caseFiles;
        this.children = children;
        this.audit = audit;
        this.clock = clock;
    }

    public UUID decide(SignedInUser user, CaseId caseId, AgeAssessment.Conclusion conclusion) {
        requireDecidingPart(user, caseId, "age.assessed");
        var assessment = records.save(AgeAssessment.decide(caseId.value(), conclusion, user.id().value(),
                clock.instant(), LocalDate.ofInstant(clock.instant(), user.zone())));
        audit.record(user.actor(), AuditRecord.succeeded("age.assessed", "age-assessment", assessment.id())
                .inCase(caseId.value()).withDetails(assessment.outcome() + " " + assessment.youngestAge() + "-"
                        + assessment.oldestAge()));
        recordAgeOnChild(user, caseId, assessment);
        return assessment.id();
    }

    public List<AgeAssessment> ofCase(SignedInUser user, CaseId caseId) {
        caseFiles.requireTeamMember(user, caseId, "age.listed");
        return records.findByCaseId(caseId.value());
    }

    public void lodgeAppeal(SignedInUser user, UUID assessmentId, LocalDate on, long seenVersion) {
        var assessment = load(assessmentId);
        caseFiles.requireTeamMember(user, new CaseId(assessment.caseId()), "age.appealed");
        checkVersion(assessment, seenVersion);
        assessment.lodgeAppeal(on);
        records.save(assessment);
        audit.record(user.actor(), AuditRecord.succeeded("age.appealed", "age-assessment", assessmentId)
                .inCase(assessment.caseId()));
    }

    /**
     * The assessed range replaces an unknown or estimated birth date; an exact or partial birth date
     * from documents is kept unless the outcome is that the person is an adult, or a later
     * assessment (minor or inconclusive) puts back the presumption of minority.
     */
    private void recordAgeOnChild(SignedInUser user, CaseId caseId, AgeAssessment assessment) {
        var child = caseFiles.current(user, caseId).child();
        var precision = child.dateOfBirth().precision();
        boolean adultNow = !child.dateOfBirth().presumedChildOn(assessment.decidedOn());
        boolean replace = assessment.outcome() == AgeOutcome.ADULT
                || adultNow
                || EnumSet.of(DateOfBirth.Precision.UNKNOWN, DateOfBirth.Precision.ESTIMATED).contains(precision);
        if (!replace) {
            return;
        }
        var now = child.details();
        var assessed = new ChildDetails(now.givenNames(), now.familyName(), now.aliases(), now.sex(),
                DateOfBirth.estimatedAge(assessment.youngestAge(), assessment.oldestAge(), assessment.decidedOn()),
                now.nationalities(), now.languages());
        children.correct(user.actor(), child.id(), assessed, child.version(), caseId.value());
    }

    private void requireDecidingPart(SignedInUser user, CaseId caseId, String action) {
        TeamRole part = caseFiles.requireTeamMember(user, caseId, action);
        if (!Identification.DECIDING_PARTS.contains(part)) {
            audit.record(user.actor(), AuditRecord.refused(action, "case", caseId).inCase(caseId.value()));
            throw new NoAccess("Your part in the case team does not take this decision");
        }
    }

    private void checkVersion(AgeAssessment assessment, long seenVersion) {
        if (assessment.version() != seenVersion) {
            throw new EditConflict(assessment);
        }
    }

    private AgeAssessment load(UUID id) {
        return records.findById(id).orElseThrow(() -> new NotFound("age assessment", id));
    }
}
