package org.haven.casework;

import org.springframework.data.relational.core.mapping.Table;

import java.time.Instant;
import java.util.UUID;

/** A part someone plays in a case's team, from the day they joined until the day they left (if they have). */
@Table("casework_team_member")
public record TeamMember(UUID userId, TeamRole teamRole, Instant addedAt, Instant leftAt) {

    public boolean isActive() {
        return leftAt == null;
    }

    TeamMember leaving(Instant now) {
        return new TeamMember(userId, teamRole, addedAt, now);
    }
}
