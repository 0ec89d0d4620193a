package org.haven.intake;

import org.haven.casework.CaseId;

/** A referral was accepted into a case (a new one, or one already open); listeners see it after the commit. */
public record ReferralAccepted(java.util.UUID referral, CaseId caseId) {
}
