package org.haven.person;

/** A child's identity record was registered or corrected; listeners see it after the commit. */
public record ChildRecorded(ChildId child) {
}
