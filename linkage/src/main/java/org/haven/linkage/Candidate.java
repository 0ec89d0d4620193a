package org.haven.linkage;

import java.util.List;

/** A record that may be the person asked about, with its score (0 to 1), the decision and why. */
public record Candidate(String recordId, double score, Decision decision, List<Reason> reasons) {

    public enum Decision { MATCH, POSSIBLE, NO_MATCH }

    public Candidate {
        reasons = List.copyOf(reasons);
    }
}
