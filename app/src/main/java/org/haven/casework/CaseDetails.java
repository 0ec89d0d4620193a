package org.haven.casework;

import java.util.UUID;

/** The parts of a case its team edits directly. */
public record CaseDetails(UUID leadAgencyId, CaseStatus status, String summary) {
}
