package org.haven.screening;

/** Where an observation comes from: it tells a reviewer how much to lean on it. */
public enum ObservationSource {
    PROFESSIONAL_OBSERVATION, CHILD_ACCOUNT, THIRD_PARTY_REPORT, DOCUMENT, RECORDS
}
