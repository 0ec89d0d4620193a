package org.haven.statistics;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * One case as the statistics count it, joined from the modules that keep its parts: no name and
 * no free text. A child with two cases (merged records) is counted once per case. Days (a
 * determination, a return, a report) are the start of that day in the installation's zone.
 * {@code countedAt} is when the facts were read: a monitoring report counts as fallen due once its
 * day had ended by then. The days to the first interview, and to the first day in a safe (not
 * restrictive) placement still going on when protection started, are counted from the day
 * protection started (negative: before it; null: none yet or never protected); {@code referredBy} is the kind of agency whose referral was accepted into the
 * case (null: not referred).
 */
public record ChildCount(java.util.UUID caseId, Instant protectedSince, boolean identified, Instant guardianAppointedAt, int interviews,
                         List<Spell> missing, String sex, LocalDate bornEarliest, LocalDate bornLatest,
                         List<String> nationalities, String region, Set<String> forms,
                         List<Instant> determinations, Return returned, Instant countedAt,
                         Integer daysToFirstInterview, Integer daysToSafePlacement, String referredBy) {

    /** A time missing: since when, and found when (null while missing). */
    public record Spell(Instant since, Instant foundAt) {
    }

    /** The child's return: when, when the risk and security assessment was made, and the monitoring reports after it. */
    public record Return(Instant returnedAt, Instant riskAssessedAt, List<Report> monitoring) {
    }

    /** A monitoring report: the day it is due, and the day it was received (null while it is not). */
    public record Report(Instant dueAt, Instant receivedAt) {
    }
}
