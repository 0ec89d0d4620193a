package org.haven.casework;

import java.util.UUID;

/** Published when a task passes its deadline undone and goes to a supervisor of the lead agency. */
public record TaskEscalated(TaskId task, UUID caseId, TaskKind kind, UUID agencyId) {
}
