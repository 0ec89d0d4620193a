package org.haven.casework;

/**
 * Whether the child in this case is a presumed or identified victim of trafficking, as the last
 * screening decision says. Anything but NONE means the non-punishment principle applies: police
 * and prosecutors on the team see it on the case.
 */
public enum ProtectionStatus {
    NONE, PRESUMED_VICTIM, IDENTIFIED_VICTIM;

    public boolean nonPunishmentApplies() {
        return this != NONE;
    }
}
