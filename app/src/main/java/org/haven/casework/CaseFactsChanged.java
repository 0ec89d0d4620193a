package org.haven.casework;

/**
 * Something {@link CaseFacts} tells about a case may have changed: it was opened, its protection
 * status, lead agency or milestones changed, or an interview, placement or missing episode was recorded.
 * Listeners (the statistics) see it after the commit and read the case's facts again.
 */
public record CaseFactsChanged(CaseId caseId) {
}
