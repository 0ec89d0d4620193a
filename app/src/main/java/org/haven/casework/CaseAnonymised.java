package org.haven.casework;

/**
 * A closed case was anonymised under the retention rules. Modules that keep records in the case
 * remove what they hold about the child in it, in the same transaction.
 */
public record CaseAnonymised(CaseId caseId) {
}
