package org.haven.screening;

/**
 * A screening as its page shows it: the observations, the catalogue they refer to, and the
 * suggestion; whether the user takes the decision, and whether they record observations (team
 * members do; someone reading it through a share with their agency only reads).
 */
public record ScreeningView(Screening screening, IndicatorCatalogue catalogue, Suggestion suggestion,
                            boolean mayDecide, boolean mayRecord) {
}
