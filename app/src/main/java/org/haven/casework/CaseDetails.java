package org.haven.casework;

import java.util.UUID;

/**
 * The parts of a case its team edits directly. Closing or reopening needs a reason; closing while
 * tasks are still open needs an explanation as well; a case never closes while the child is missing.
 */
public record CaseDetails(UUID leadAgencyId, CaseStatus status, String summary, String statusReason,
                          String openItemsExplanation) {

    /** A change that keeps the case open or closed (no reason needed). */
    public CaseDetails(UUID leadAgencyId, CaseStatus status, String summary) {
        this(leadAgencyId, status, summary, null, null);
    }
}
