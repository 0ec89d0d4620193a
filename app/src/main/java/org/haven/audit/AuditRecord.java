package org.haven.audit;

import java.util.UUID;

/**
 * What to write to the audit log. Built with intention-revealing factory methods so that callers
 * name the action and the subject, and add a case or details only where they apply. Free text
 * people wrote (reasons, notes) never goes in: the log cannot be erased, so such text stays,
 * encrypted, with its record. The {@code reason} column is kept for entries written before.
 */
public record AuditRecord(String action, AuditEntry.Outcome outcome, String subjectType, String subjectId,
                          UUID caseId, String reason, String details) {

    public static AuditRecord succeeded(String action, String subjectType, Object subjectId) {
        return new AuditRecord(action, AuditEntry.Outcome.SUCCEEDED, subjectType, str(subjectId), null, null, null);
    }

    public static AuditRecord refused(String action, String subjectType, Object subjectId) {
        return new AuditRecord(action, AuditEntry.Outcome.REFUSED, subjectType, str(subjectId), null, null, null);
    }

    public static AuditRecord failed(String action, String subjectType, Object subjectId) {
        return new AuditRecord(action, AuditEntry.Outcome.FAILED, subjectType, str(subjectId), null, null, null);
    }

    public AuditRecord inCase(UUID caseId) {
        return new AuditRecord(action, outcome, subjectType, subjectId, caseId, reason, details);
    }

    public AuditRecord withDetails(String details) {
        return new AuditRecord(action, outcome, subjectType, subjectId, caseId, reason, details);
    }

    private static String str(Object id) {
        return id == null ? null : id.toString();
    }
}
