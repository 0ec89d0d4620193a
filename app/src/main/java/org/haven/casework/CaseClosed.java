package org.haven.casework;

/** Published when a case is closed (or closed by referral elsewhere). */
public record CaseClosed(CaseId caseId, CaseStatus status) {
}
