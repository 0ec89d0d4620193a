package org.haven.screening;

import java.util.List;
import java.util.Set;

/**
 * What the observations suggest and why, in reasons a person can check one by one (never a black
 * box): the suggested outcome, how urgent it is, and the forms of exploitation indicated.
 */
public record Suggestion(SuggestedOutcome outcome, Urgency urgency, Set<ExploitationForm> forms, int score,
                         List<Reason> reasons) {

    /**
     * One reason: a message code for the explanation and the indicator codes it rests on.
     * Codes: screening.reason.severe, .combined, .some, .risk-factors, .none, .context, .urgent, .missing-risk
     */
    public record Reason(String messageCode, List<String> indicators, int score) {
    }
}
