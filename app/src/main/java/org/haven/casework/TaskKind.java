package org.haven.casework;

/**
 * What a case task asks for. The immediate protection checklist uses the first six; the others carry
 * their own words (a step of the referral procedure, an action agreed at a case conference, a review).
 */
public enum TaskKind {
    DO_NOT_RELEASE_TO_UNVERIFIED_ADULT,
    SAFE_SPECIALISED_ACCOMMODATION,
    REQUEST_GUARDIAN,
    NON_PUNISHMENT_FLAG_TO_POLICE_AND_PROSECUTOR,
    INTERPRETER_NOT_FROM_COMMUNITY,
    INFORM_CHILD_OF_RIGHTS,
    PROCEDURE_STEP,
    CONFERENCE_ACTION,
    PLACEMENT_REVIEW,
    INDEPENDENT_REVIEW,
    RETURN_INTERVIEW,
    TRANSITION_TO_ADULT_SERVICES,
    MONITORING_REPORT,
    BEST_INTERESTS_REVIEW
}
