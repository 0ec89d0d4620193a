package org.haven.crossborder;

import java.util.EnumSet;
import java.util.Set;

import static org.haven.crossborder.ChildField.ALIASES;
import static org.haven.crossborder.ChildField.DATE_OF_BIRTH;
import static org.haven.crossborder.ChildField.FAMILY_NAME;
import static org.haven.crossborder.ChildField.GIVEN_NAMES;
import static org.haven.crossborder.ChildField.NATIONALITY;
import static org.haven.crossborder.ChildField.SEX;

/**
 * What focal points ask each other (DOMAIN.md §6), each with the days the receiver has to answer and
 * the only facts about the child it may carry (data minimisation: a receiver refuses any other).
 * Kinds that contact the authorities of the child's country of origin are held back by the
 * "do not contact" guard while the child seeks international protection.
 */
public enum RequestKind {
    INFORMATION_REQUEST(10, EnumSet.of(GIVEN_NAMES, FAMILY_NAME, DATE_OF_BIRTH, SEX, NATIONALITY), true),
    FAMILY_TRACING(20, EnumSet.of(GIVEN_NAMES, FAMILY_NAME, ALIASES, DATE_OF_BIRTH, NATIONALITY), true),
    SOCIAL_INQUIRY(30, EnumSet.of(GIVEN_NAMES, FAMILY_NAME, DATE_OF_BIRTH), true),
    CHILD_FOUND(5, EnumSet.of(GIVEN_NAMES, FAMILY_NAME, ALIASES, DATE_OF_BIRTH, SEX, NATIONALITY), true),
    PLACEMENT_CONSULTATION(30, EnumSet.of(GIVEN_NAMES, FAMILY_NAME, DATE_OF_BIRTH, NATIONALITY), false),
    RETURN_COORDINATION(10, EnumSet.of(GIVEN_NAMES, FAMILY_NAME, DATE_OF_BIRTH, SEX, NATIONALITY), true),
    POST_RETURN_MONITORING(30, EnumSet.of(GIVEN_NAMES, FAMILY_NAME, DATE_OF_BIRTH), false),
    MISSING_CHILD_ALERT(1, EnumSet.of(GIVEN_NAMES, FAMILY_NAME, ALIASES, DATE_OF_BIRTH, SEX, NATIONALITY), false);

    private final int daysToAnswer;
    private final Set<ChildField> childFields;
    private final boolean contactsOrigin;

    RequestKind(int daysToAnswer, Set<ChildField> childFields, boolean contactsOrigin) {
        this.daysToAnswer = daysToAnswer;
        this.childFields = childFields;
        this.contactsOrigin = contactsOrigin;
    }

    public int daysToAnswer() {
        return daysToAnswer;
    }

    public Set<ChildField> childFields() {
        return childFields;
    }

    /** Whether sending it to the child's country of origin needs the "do not contact" guard's leave. */
    public boolean contactsOrigin() {
        return contactsOrigin;
    }
}
