package org.haven.bestinterests;

/** The elements a best-interests assessment weighs (UN CRC General Comment 14, §52–79). */
public enum Element {
    CHILD_VIEWS, IDENTITY, FAMILY_ENVIRONMENT, CARE_PROTECTION_SAFETY, VULNERABILITY, HEALTH, EDUCATION
}
