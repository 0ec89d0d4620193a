package org.haven.crossborder;

/** The facts about a child a request may carry, each only where its kind needs it. */
public enum ChildField {
    GIVEN_NAMES, FAMILY_NAME, ALIASES, DATE_OF_BIRTH, SEX, NATIONALITY
}
