package org.haven.screening;

import org.springframework.data.relational.core.mapping.Table;

import java.time.Instant;
import java.util.UUID;

/** An indicator seen in this child's situation: by whom, from what source, when, with a note. */
@Table("screening_observation")
public record Observation(String indicatorCode, ObservationSource source, Instant observedAt, UUID recordedBy,
                          String note) {

    public static final int MAX_NOTE_LENGTH = 2000;
}
