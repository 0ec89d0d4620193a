package org.haven.platform.subject;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * One retention rule of a module: which of its records have been kept long enough, and deleting or
 * anonymising them. Records of a case under legal hold are never touched.
 */
public interface RetentionRule {

    /** A message code naming the rule and its period for people ({0} = the period). */
    String messageCode();

    /** The period, as configured, to show with the rule. */
    String period();

    /** What the next run would delete or anonymise: a short label for each record (never a child's name). */
    List<String> due(Instant now, Set<UUID> heldCases);

    /** Deletes or anonymises what is due; the number of records. */
    int apply(Instant now, Set<UUID> heldCases);
}
