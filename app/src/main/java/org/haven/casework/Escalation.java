package org.haven.casework;

/** Who an overdue task goes to: the lead agency's supervisors, or the national coordinator as well. */
public enum Escalation {
    SUPERVISOR, COORDINATOR
}
