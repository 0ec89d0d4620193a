package org.haven.casework;

import java.time.Instant;

/** Published the first time a milestone is reached on a case: procedure steps waiting for it are done. */
public record MilestoneReached(CaseId caseId, Milestone milestone, Instant at) {
}
