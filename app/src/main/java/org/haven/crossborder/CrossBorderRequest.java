package org.haven.crossborder;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * A request about a child between this node and a partner, as shown: sent from a case here
 * (outgoing) or received for a focal point here (incoming). {@code child}, {@code question} and
 * {@code answer} are decrypted for the user allowed to see them.
 */
public record CrossBorderRequest(UUID id, Direction direction, RequestKind kind, String partner, UUID caseId,
                                 String caseReference, LegalBasis legalBasis, Map<String, Object> child,
                                 String question, String answer, String answeredBy, Instant answeredAt,
                                 LocalDate dueOn, Status status, Instant createdAt, Instant deliveredAt,
                                 Instant readAt, String rejectedReason, Instant escalatedAt, long version) {

    public enum Direction { OUTGOING, INCOMING }

    /**
     * QUEUED: written, not yet taken by the partner node; ACCEPTED: the partner node's signed receipt
     * is in; DELIVERED: in a focal point's queue there; READ: opened by one; ANSWERED; REJECTED: the
     * partner node refused it (the reason is kept). An incoming request starts as DELIVERED.
     */
    public enum Status { QUEUED, ACCEPTED, DELIVERED, READ, ANSWERED, REJECTED }

    public boolean isOpen() {
        return status != Status.ANSWERED && status != Status.REJECTED;
    }

    public boolean isOverdue(LocalDate today) {
        return isOpen() && today.isAfter(dueOn);
    }
}
