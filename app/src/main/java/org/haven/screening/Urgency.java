package org.haven.screening;

/** Triage: what has to happen how fast. Ordered from least to most urgent. */
public enum Urgency {
    STANDARD, HIGH_MISSING_RISK, IMMEDIATE_DANGER
}
