package org.haven.casework;

import java.time.Instant;

/** Published when a case's child is first a presumed (or identified) victim: the procedure's clock starts. */
public record ProtectionStarted(CaseId caseId, Instant at) {
}
