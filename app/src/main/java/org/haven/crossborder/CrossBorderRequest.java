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
                                 Instant readAt, String rejectedReason, Instant escalatedAt, boolean specialCategory,
                                 UUID createdBy, String reviewNote, UUID assignedTo, UUID forwardedFrom,
                                 String forwardedTo, long version) {

    public enum Direction { OUTGOING, INCOMING }

    /**
     * QUEUED: written, not yet taken by the partner node; ACCEPTED: the partner node's signed receipt
     * is in; DELIVERED: in a focal point's queue there; READ: opened by one; ANSWERED; REJECTED: the
     * partner node refused it (the reason is kept). An incoming request starts as DELIVERED. A
     * request with special-category data starts AWAITING_REVIEW by a focal point, who sends it on
     * (QUEUED) or RETURNS it to its author with a note.
     */
    public enum Status { AWAITING_REVIEW, RETURNED, QUEUED, ACCEPTED, DELIVERED, READ, ANSWERED, REJECTED }

    public boolean isOpen() {
        return status != Status.ANSWERED && status != Status.REJECTED && status != Status.RETURNED;
    }

    public boolean awaitsReview() {
        return status == Status.AWAITING_REVIEW;
    }

    public boolean isOverdue(LocalDate today) {
        return isOpen() && today.isAfter(dueOn);
    }
}
