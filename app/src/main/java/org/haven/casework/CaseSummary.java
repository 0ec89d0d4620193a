package org.haven.casework;

import org.haven.person.AgeRange;
import org.haven.person.Sex;

import java.time.Instant;
import java.util.Optional;

/** A line in a case list. */
public record CaseSummary(CaseId id, String reference, String childName, Sex sex, Optional<AgeRange> age,
                          CaseStatus status, Instant lastChangedAt, TeamRole myRole) {
}
