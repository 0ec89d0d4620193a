package org.haven.access;

/** What a user may do in Haven, whatever their organisation; case access also needs case-team membership. */
public enum Role {
    CASEWORKER,
    SUPERVISOR,
    GUARDIAN,
    LEGAL_REPRESENTATIVE,
    POLICE,
    PROSECUTOR,
    NGO_WORKER,
    FOCAL_POINT,
    COORDINATOR,
    ANALYST,
    AUDITOR,
    ADMINISTRATOR;

    public String authority() {
        return "ROLE_" + name();
    }
}
