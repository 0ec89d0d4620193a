package org.haven.casework;

/** The part a person plays in one case's team. */
public enum TeamRole {
    LEAD_CASEWORKER,
    CASE_SUPPORT_PERSON,
    CASEWORKER,
    GUARDIAN,
    POLICE,
    PROSECUTOR,
    NGO_WORKER,
    COORDINATOR,
    FOCAL_POINT;

    /** Team members in these parts may change the case and its team; others read it. */
    public boolean mayManageCase() {
        return this == LEAD_CASEWORKER || this == CASEWORKER || this == COORDINATOR;
    }
}
