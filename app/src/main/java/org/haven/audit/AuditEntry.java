package org.haven.audit;

import java.time.Instant;
import java.util.UUID;

/** One line of the audit log, as read back. */
public record AuditEntry(long id, Instant occurredAt, UUID actorId, String actorName, UUID organisationId,
                         String action, Outcome outcome, String subjectType, String subjectId, UUID caseId,
                         String reason, String sourceAddress, String details) {

    public enum Outcome { SUCCEEDED, REFUSED, FAILED }
}
