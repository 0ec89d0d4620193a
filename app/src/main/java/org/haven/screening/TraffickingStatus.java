package org.haven.screening;

/** HTCDS trafficking status, kept apart from the child-protection case status. */
public enum TraffickingStatus {
    POSSIBLE, ACTUAL, NOT_A_VICTIM
}
