package org.haven.matching;

import org.haven.person.ChildId;

import java.time.Instant;
import java.util.UUID;

/** Two identity records that may be one child, and what a person decided about them. */
public record PossibleMatch(UUID id, ChildId earlier, ChildId found, double score, String engineSays,
                            Instant foundAt, Status status, UUID decidedBy, Instant decidedAt, String note,
                            UUID sameChild, long version) {

    public enum Status {
        /** Waiting for a person. */
        OPEN,
        /** A person decided they are one child; the records are merged. */
        SAME,
        /** A person decided they are two children; not proposed again. */
        DIFFERENT,
        /** Merged, then found to be two children after all; the merge was undone. */
        UNMERGED
    }

    public boolean isOpen() {
        return status == Status.OPEN;
    }
}
