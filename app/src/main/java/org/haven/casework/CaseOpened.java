package org.haven.casework;

import java.util.UUID;

/** Published when a case is opened for a child. */
public record CaseOpened(CaseId caseId, UUID childId, UUID leadAgencyId) {
}
