package org.haven.screening;

/** What an age assessment concluded. Only ADULT ends the presumption of minority. */
public enum AgeOutcome {
    MINOR, INCONCLUSIVE, ADULT
}
