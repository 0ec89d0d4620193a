package org.haven.linkage;

/**
 * The two scores that turn a score into a decision: at or above {@code match} the records are taken
 * to be one person (still for a person to confirm); at or above {@code possible} a person must look.
 */
public record Thresholds(double match, double possible) {

    /** Chosen on generated data kept apart from the evaluation data; see docs/matching.md. */
    public static final Thresholds STANDARD = new Thresholds(0.90, 0.25);

    public Thresholds {
        if (!(possible > 0 && possible <= match && match <= 1)) {
            throw new IllegalArgumentException("need 0 < possible <= match <= 1");
        }
    }

    public Candidate.Decision decide(double score) {
        return score >= match ? Candidate.Decision.MATCH
                : score >= possible ? Candidate.Decision.POSSIBLE : Candidate.Decision.NO_MATCH;
    }
}
