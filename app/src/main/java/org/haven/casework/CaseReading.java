package org.haven.casework;

import org.haven.access.Section;

import java.util.Optional;
import java.util.Set;

/**
 * What one user may read of one case, found in one look at it: their part in the team (none when
 * they read through a share with their agency) and the sensitive sections open to them.
 */
public record CaseReading(TeamRole part, Set<Section> sections) {

    /** Their part in the team; empty when they read through a share. */
    public Optional<TeamRole> member() {
        return Optional.ofNullable(part);
    }

    public boolean reads(Section section) {
        return sections.contains(section);
    }
}
