package org.haven.person;

/** As recorded by the registering professional; the HTCDS gender picklist maps onto it. */
public enum Sex {
    FEMALE, MALE, OTHER, UNKNOWN
}
