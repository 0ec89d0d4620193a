package org.haven.casework;

/** The child-protection case status (HTCDS picklist), kept apart from any trafficking status. */
public enum CaseStatus {
    ACTIVE, FOLLOW_UP, CLOSED, CLOSED_REFERRED;

    public boolean isOpen() {
        return this == ACTIVE || this == FOLLOW_UP;
    }
}
