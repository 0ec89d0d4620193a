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
    private @Version Long version;

    @PersistenceCreator
    CaseTask(UUID id, UUID caseId, TaskKind kind, UUID agencyId, UUID ownerId, Instant createdAt, Instant dueAt,
             Instant doneAt, UUID doneBy, String doneNote, Instant escalatedAt, Long version) {
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
        this.version = version;
    }

    static CaseTask open(UUID caseId, TaskKind kind, UUID agencyId, Instant now, Duration within) {
        return new CaseTask(UUID.randomUUID(), caseId, kind, agencyId, null, now, now.plus(within), null, null, null,
                null, null);
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
        registerEvent(new TaskEscalated(id(), caseId, kind, agencyId));
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

    public long version() {
        return version == null ? 0 : version;
    }
}
