package org.haven.person;

/** The child's record was anonymised under the retention rules: no name is left to match or show. */
public record ChildAnonymised(ChildId child) {
}
