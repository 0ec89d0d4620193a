package org.haven.platform.subject;

import java.util.Set;
import java.util.UUID;

/** Whose data is asked for: the child's records (including records merged as the same child) and their cases. */
public record SubjectKeys(Set<UUID> childIds, Set<UUID> caseIds) {
}
