package org.haven.casework;

import org.haven.access.SignedInUser;
import org.haven.audit.AuditRecord;
import org.haven.audit.AuditTrail;
import org.haven.platform.DomainRuleViolation;
import org.haven.platform.NoAccess;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The interview register: each interview of the child, so that the team can keep them as few as
 * possible, by the same person, in child-friendly premises, video-recorded for use as evidence.
 */
@Service
@Transactional(noRollbackFor = NoAccess.class)
public class Interviews {

    public enum Purpose { CRIMINAL_INVESTIGATION, CHILD_PROTECTION, ASYLUM, AGE_ASSESSMENT, COURT, OTHER }

    public enum Premises { BARNAHUS, OTHER_CHILD_FRIENDLY, POLICE_STATION, COURT, OTHER }

    public record Interview(UUID id, Instant heldAt, String interviewer, Purpose purpose, Premises premises,
                            boolean videoRecorded, String accompaniedBy, String language, boolean interpreterUsed) {

        public boolean childFriendly() {
            return premises == Premises.BARNAHUS || premises == Premises.OTHER_CHILD_FRIENDLY;
        }
    }

    static final int MAX_TEXT = 200;

    private final JdbcClient jdbc;
    private final CaseFiles caseFiles;
    private final AuditTrail audit;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;

    Interviews(JdbcClient jdbc, CaseFiles caseFiles, AuditTrail audit, Clock clock,
               org.springframework.context.ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
        this.caseFiles = caseFiles;
        this.audit = audit;
        this.clock = clock;
    }

    public UUID record(SignedInUser user, CaseId caseId, Interview interview) {
        var part = caseFiles.requireTeamMember(user, caseId, "interview.recorded");
        if (!part.mayManageCase() && part != TeamRole.POLICE && part != TeamRole.PROSECUTOR) {
            audit.record(user.actor(), AuditRecord.refused("interview.recorded", "case", caseId).inCase(caseId.value()));
            throw new NoAccess("Interviews are recorded by caseworkers, police and prosecutors on the team");
        }
        if (interview.heldAt() == null || interview.purpose() == null || interview.premises() == null
                || blank(interview.interviewer())) {
            throw new DomainRuleViolation("interview.incomplete");
        }
        if (interview.heldAt().isAfter(clock.instant())) {
            throw new DomainRuleViolation("interview.in-future");
        }
        if (tooLong(interview.interviewer()) || tooLong(interview.accompaniedBy()) || tooLong(interview.language())) {
            throw new DomainRuleViolation("interview.too-long", MAX_TEXT);
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO casework_interview (id, case_id, held_at, interviewer, purpose, premises, video_recorded,
                                                        accompanied_by, language, interpreter_used, recorded_by, recorded_at)
                        VALUES (:id, :case, :held, :interviewer, :purpose, :premises, :video, :accompanied, :language,
                                :interpreter, :by, :at)""")
                .param("id", id).param("case", caseId.value()).param("held", Timestamp.from(interview.heldAt()))
                .param("interviewer", interview.interviewer().strip()).param("purpose", interview.purpose().name())
                .param("premises", interview.premises().name()).param("video", interview.videoRecorded())
                .param("accompanied", blank(interview.accompaniedBy()) ? null : interview.accompaniedBy().strip())
                .param("language", blank(interview.language()) ? null : interview.language().strip())
                .param("interpreter", interview.interpreterUsed()).param("by", user.id().value())
                .param("at", Timestamp.from(clock.instant())).update();
        audit.record(user.actor(), AuditRecord.succeeded("interview.recorded", "interview", id).inCase(caseId.value())
                .withDetails(interview.purpose() + ", " + interview.premises()));
        caseFiles.reach(caseId, Milestone.INTERVIEW_RECORDED);
        events.publishEvent(new CaseFactsChanged(caseId));
        return id;
    }

    public List<Interview> ofCase(SignedInUser user, CaseId caseId) {
        caseFiles.requireTeamMember(user, caseId, "interview.listed");
        audit.record(user.actor(), AuditRecord.succeeded("interview.listed", "case", caseId).inCase(caseId.value()));
        return list(caseId);
    }

    /** For the safeguards tracker, after it has checked the user's access. */
    List<Interview> list(CaseId caseId) {
        return jdbc.sql("""
                        SELECT id, held_at, interviewer, purpose, premises, video_recorded, accompanied_by, language,
                               interpreter_used FROM casework_interview WHERE case_id = :case ORDER BY held_at""")
                .param("case", caseId.value())
                .query((rs, n) -> new Interview(rs.getObject("id", UUID.class), rs.getTimestamp("held_at").toInstant(),
                        rs.getString("interviewer"), Purpose.valueOf(rs.getString("purpose")),
                        Premises.valueOf(rs.getString("premises")), rs.getBoolean("video_recorded"),
                        rs.getString("accompanied_by"), rs.getString("language"), rs.getBoolean("interpreter_used")))
                .list();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static boolean tooLong(String s) {
        return s != null && s.length() > MAX_TEXT;
    }
}
