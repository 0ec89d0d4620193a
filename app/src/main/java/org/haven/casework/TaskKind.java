package org.haven.casework;

/** What a case task asks for. The immediate protection checklist uses the first six. */
public enum TaskKind {
    DO_NOT_RELEASE_TO_UNVERIFIED_ADULT,
    SAFE_SPECIALISED_ACCOMMODATION,
    REQUEST_GUARDIAN,
    NON_PUNISHMENT_FLAG_TO_POLICE_AND_PROSECUTOR,
    INTERPRETER_NOT_FROM_COMMUNITY,
    INFORM_CHILD_OF_RIGHTS
}
