package org.haven.screening;

import java.util.EnumSet;
import java.util.Set;

/** How an age was assessed; medical methods are a last resort and need written reasons. */
public enum AssessmentMethod {
    DOCUMENTS, INTERVIEW, PSYCHOSOCIAL_ASSESSMENT, INFORMATION_FROM_ANOTHER_COUNTRY, MEDICAL_DENTAL, MEDICAL_SKELETAL;

    static final Set<AssessmentMethod> MEDICAL = EnumSet.of(MEDICAL_DENTAL, MEDICAL_SKELETAL);
}
