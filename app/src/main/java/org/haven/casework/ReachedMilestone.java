package org.haven.casework;

import org.springframework.data.relational.core.mapping.Table;

import java.time.Instant;

@Table("casework_case_milestone")
record ReachedMilestone(Milestone milestone, Instant reachedAt) {
}
