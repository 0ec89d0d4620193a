package org.haven.screening;

/**
 * A screening as its page shows it: the observations, the catalogue they refer to, and the
 * suggestion; whether the user takes the decision, and whether they record observations (team
 * members do; someone reading it through a share with their agency only reads).
 */
public record ScreeningView(Screening screening, IndicatorCatalogue catalogue, Suggestion suggestion,
                            boolean mayDecide, boolean mayRecord, boolean childsWordsWithheld) {

    /**
     * The note written with an observation; none when it records the child's own account and the
     * user does not read the child's statements ({@link org.haven.access.Section#CHILD_STATEMENTS}).
     */
    public String noteOf(Observation observation) {
        return childsWordsWithheld && observation.source() == ObservationSource.CHILD_ACCOUNT ? null : observation.note();
    }
}
