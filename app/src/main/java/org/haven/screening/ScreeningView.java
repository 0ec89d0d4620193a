package org.haven.screening;

/** A screening as its page shows it: the observations, the catalogue they refer to, and the suggestion. */
public record ScreeningView(Screening screening, IndicatorCatalogue catalogue, Suggestion suggestion,
                            boolean mayDecide) {
}
