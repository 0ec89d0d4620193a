package org.haven.casework;

/** What starts a procedure step's clock. */
public enum ProcedureTrigger {
    /** The case is opened. */
    CASE_OPENED,
    /** The child is first decided to be a presumed (or identified) victim: protection starts. */
    PRESUMED_VICTIM
}
