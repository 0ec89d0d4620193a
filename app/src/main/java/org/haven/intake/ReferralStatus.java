package org.haven.intake;

/** Where a referral stands. */
public enum ReferralStatus {
    DRAFT, SUBMITTED, MORE_INFORMATION_REQUESTED, ACCEPTED
}
