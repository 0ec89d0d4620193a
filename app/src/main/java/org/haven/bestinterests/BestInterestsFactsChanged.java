package org.haven.bestinterests;

import org.haven.casework.CaseId;

/**
 * Something {@link BestInterestsFacts} tells about a case changed: a determination was made, the
 * child was returned, or a monitoring report came in. Listeners (the statistics) see it after the commit.
 */
public record BestInterestsFactsChanged(CaseId caseId) {
}
