package org.haven.statistics;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * One case as the statistics count it, joined from the modules that keep its parts: no name and
 * no free text. A child with two cases (merged records) is counted once per case.
 */
public record ChildCount(java.util.UUID caseId, Instant protectedSince, boolean identified, Instant guardianAppointedAt, int interviews,
                         List<Spell> missing, String sex, LocalDate bornEarliest, LocalDate bornLatest,
                         List<String> nationalities, String region, Set<String> forms) {

    /** A time missing: since when, and found when (null while missing). */
    public record Spell(Instant since, Instant foundAt) {
    }
}
