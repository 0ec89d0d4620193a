package org.haven.casework;

/**
 * Something that happens on a case and completes the procedure steps waiting for it, so that nobody
 * has to tick a box for what Haven already knows. MANUAL steps are marked done by a person.
 */
public enum Milestone {
    MANUAL,
    GUARDIAN_APPOINTED,
    LEGAL_REPRESENTATIVE_APPOINTED,
    CASE_SUPPORT_PERSON_NAMED,
    INTERVIEW_RECORDED,
    ASSESSMENT_RECORDED,
    CONFERENCE_HELD,
    CARE_PLAN_AGREED
}
