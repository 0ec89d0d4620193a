package org.haven.casework;

import org.springframework.data.relational.core.mapping.Table;

import java.time.Instant;
import java.util.UUID;

@Table("casework_team_member")
public record TeamMember(UUID userId, TeamRole teamRole, Instant addedAt) {
}
