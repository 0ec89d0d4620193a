package org.haven.screening;

/** The decision a responsible person takes after screening. Protection starts at PRESUMED_VICTIM. */
public enum VictimStatus {
    NOT_A_VICTIM, PRESUMED_VICTIM, IDENTIFIED_VICTIM
}
