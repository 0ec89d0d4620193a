package org.haven.casework;

import org.haven.platform.DomainRuleViolation;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Table;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * Something that must be done for a child by a deadline, owned by the lead agency's queue (and a
 * person there once someone takes it). Undone past its deadline, it escalates to a supervisor.
 */
@Table("casework_task")
public class CaseTask extends AbstractAggregateRoot<CaseTask> {

    public static final int MAX_NOTE_LENGTH = 2000;
    static final String MILESTONE_NOTE = "milestone:";

    private final @Id UUID id;
    private final UUID caseId;
    private final TaskKind kind;
    private final UUID agencyId;
    private UUID ownerId;
    private final Instant createdAt;
    private Instant dueAt;
    private Instant doneAt;
    private UUID doneBy;
    private String doneNote;
    private Instant escalatedAt;
    /** For a step of the referral procedure: its code, and the milestone that completes it. */
    private final String step;
    private final Milestone milestone;
    /** What to do, in the words of whoever set it (a conference action) or of the procedure. */
    private final String title;
    private final Escalation escalateTo;
    private @Version Long version;

    @PersistenceCreator
    CaseTask(UUID id, UUID caseId, TaskKind kind, UUID agencyId, UUID ownerId, Instant createdAt, Instant dueAt,
             Instant doneAt, UUID doneBy, String doneNote, Instant escalatedAt, String step, Milestone milestone,
             String title, Escalation escalateTo, Long version) {
        this.id = id;
        this.caseId = caseId;
        this.kind = kind;
        this.agencyId = agencyId;
        this.ownerId = ownerId;
        this.createdAt = createdAt;
        this.dueAt = dueAt;
        this.doneAt = doneAt;
        this.doneBy = doneBy;
        this.doneNote = doneNote;
        this.escalatedAt = escalatedAt;
        this.step = step;
        this.milestone = milestone;
        this.title = title;
        this.escalateTo = escalateTo == null ? Escalation.SUPERVISOR : escalateTo;
        this.version = version;
    }

    static CaseTask open(UUID caseId, TaskKind kind, UUID agencyId, Instant now, Duration within) {
        return new CaseTask(UUID.randomUUID(), caseId, kind, agencyId, null, now, now.plus(within), null, null, null,
                null, null, null, null, Escalation.SUPERVISOR, null);
    }

    /** A step of the referral procedure, due when the procedure says. */
    static CaseTask forStep(UUID caseId, ProcedureStep step, UUID agencyId, Instant now, Instant due) {
        return new CaseTask(UUID.randomUUID(), caseId, TaskKind.PROCEDURE_STEP, agencyId, null, now, due, null, null,
                null, null, step.code(), step.completedBy(), step.text("en"), step.escalateTo(), null);
    }

    /** Something a person is asked to do by a given time (a conference action, a review, an interview). */
    static CaseTask assigned(UUID caseId, TaskKind kind, String title, UUID agencyId, UUID ownerId, Instant now,
                             Instant due, Escalation escalateTo) {
        return new CaseTask(UUID.randomUUID(), caseId, kind, agencyId, ownerId, now, due, null, null, null, null,
                null, null, title, escalateTo, null);
    }

    /** Completes the task when the milestone it waits for is reached (e.g. the guardian joined the team). */
    boolean reach(Milestone reached, Instant now) {
        if (doneAt != null || milestone != reached) {
            return false;
        }
        doneAt = now;
        doneNote = MILESTONE_NOTE + reached.name();
        return true;
    }

    /** The task moves to whoever takes over from its owner. */
    void handOver(UUID from, UUID to) {
        if (doneAt == null && from.equals(ownerId)) {
            ownerId = to;
        }
    }

    void take(UUID userId) {
        requireOpen();
        if (ownerId != null && !ownerId.equals(userId)) {
            throw new DomainRuleViolation("task.taken-by-someone-else");
        }
        ownerId = userId;
    }

    void complete(UUID by, String note, Instant now) {
        requireOpen();
        if (note != null && note.length() > MAX_NOTE_LENGTH) {
            throw new DomainRuleViolation("task.note.too-long", MAX_NOTE_LENGTH);
        }
        doneAt = now;
        doneBy = by;
        doneNote = note == null || note.isBlank() ? null : note.strip();
    }

    /** Moves the deadline to {@code due} if that is sooner; true if it moved. */
    boolean bringForward(Instant due) {
        if (doneAt != null || !due.isBefore(dueAt)) {
            return false;
        }
        dueAt = due;
        return true;
    }

    /** Escalates once, when the deadline has passed and the task is still open. */
    boolean escalateIfOverdue(Instant now) {
        if (!isOverdue(now) || escalatedAt != null) {
            return false;
        }
        escalatedAt = now;
        registerEvent(new TaskEscalated(id(), caseId, kind, agencyId, escalateTo));
        return true;
    }

    public boolean isOverdue(Instant now) {
        return doneAt == null && now.isAfter(dueAt);
    }

    public boolean isDone() {
        return doneAt != null;
    }

    private void requireOpen() {
        if (doneAt != null) {
            throw new DomainRuleViolation("task.already-done");
        }
    }

    public TaskId id() {
        return new TaskId(id);
    }

    public UUID caseId() {
        return caseId;
    }

    public TaskKind kind() {
        return kind;
    }

    public UUID agencyId() {
        return agencyId;
    }

    public UUID ownerId() {
        return ownerId;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant dueAt() {
        return dueAt;
    }

    public Instant doneAt() {
        return doneAt;
    }

    public String doneNote() {
        return doneNote;
    }

    public Instant escalatedAt() {
        return escalatedAt;
    }

    public String step() {
        return step;
    }

    public Milestone milestone() {
        return milestone;
    }

    public String title() {
        return title;
    }

    public Escalation escalateTo() {
        return escalateTo;
    }

    /** Done when Haven sees it happen (a milestone, a monitoring report), never ticked by hand. */
    public boolean completesItself() {
        return milestone != null && milestone != Milestone.MANUAL || kind == TaskKind.MONITORING_REPORT;
    }

    /** Done late: completed (or still open) after its deadline. */
    public boolean wasLate(Instant now) {
        return (doneAt == null ? now : doneAt).isAfter(dueAt);
    }

    public long version() {
        return version == null ? 0 : version;
    }
}
