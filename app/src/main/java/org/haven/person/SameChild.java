package org.haven.person;

import java.time.Instant;
import java.util.UUID;

/**
 * A decision that two identity records are one child. Nothing is deleted or overwritten: both
 * records and everything attached to them stay, and undoing the decision restores exactly what was.
 */
public record SameChild(UUID id, ChildId kept, ChildId linked, String note, UUID linkedBy, Instant linkedAt,
                        UUID undoneBy, Instant undoneAt, String undoReason) {

    public boolean isUndone() {
        return undoneAt != null;
    }

    public ChildId other(ChildId one) {
        return kept.equals(one) ? linked : kept;
    }
}
