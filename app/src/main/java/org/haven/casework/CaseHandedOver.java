package org.haven.casework;

import java.time.Instant;
import java.util.UUID;

/** Published when someone hands their part in a case over to a colleague: their open tasks follow. */
public record CaseHandedOver(CaseId caseId, UUID from, UUID to, TeamRole part, Instant at) {
}
