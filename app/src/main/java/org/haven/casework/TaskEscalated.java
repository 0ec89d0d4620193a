package org.haven.casework;

import java.util.UUID;

/** Published when a task passes its deadline undone and goes up: to the agency's supervisors, or the coordinator. */
public record TaskEscalated(TaskId task, UUID caseId, TaskKind kind, UUID agencyId, Escalation to) {
}
