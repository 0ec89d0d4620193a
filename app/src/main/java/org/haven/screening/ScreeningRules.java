package org.haven.screening;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;

/**
 * The rules that turn observations into a suggestion. They only ever add protection: an observation
 * can raise the outcome or the urgency, never lower it, and a context observation ("appears happy",
 * "accompanied by a parent") changes nothing but the reasons.
 */
public final class ScreeningRules {

    /** Weight at which indicators together give reasonable grounds (two strong, or one severe). */
    static final int REASONABLE_GROUNDS = 6;
    /**
     * Risk factors make a child more vulnerable but are not signs of exploitation: alongside at least
     * one indicator, each adds one point, at most this many.
     */
    static final int MAX_RISK_FACTOR_POINTS = 2;

    private ScreeningRules() {
    }

    public static Suggestion suggest(Collection<String> observedCodes, IndicatorCatalogue catalogue) {
        List<Indicator> observed = observedCodes.stream().distinct().map(catalogue::find)
                .flatMap(java.util.Optional::stream)
                .sorted(Comparator.comparing(Indicator::code)).toList();
        List<Indicator> indicators = observed.stream().filter(i -> i.kind() == IndicatorKind.INDICATOR).toList();
        List<Indicator> severe = indicators.stream().filter(i -> i.severity() == Severity.SEVERE).toList();
        List<Indicator> riskFactors = observed.stream().filter(i -> i.kind() == IndicatorKind.RISK_FACTOR).toList();
        List<Indicator> context = observed.stream().filter(i -> i.kind() == IndicatorKind.CONTEXT).toList();
        int score = indicators.stream().mapToInt(Indicator::evidenceWeight).sum()
                + (indicators.isEmpty() ? 0 : Math.min(MAX_RISK_FACTOR_POINTS, riskFactors.size()));

        var reasons = new ArrayList<Suggestion.Reason>();
        SuggestedOutcome outcome;
        if (!severe.isEmpty()) {
            outcome = SuggestedOutcome.PRESUMED_VICTIM;
            reasons.add(reason("screening.reason.severe", severe, score));
        } else if (score >= REASONABLE_GROUNDS) {
            outcome = SuggestedOutcome.PRESUMED_VICTIM;
            reasons.add(reason("screening.reason.combined", indicators, score));
        } else if (!indicators.isEmpty()) {
            outcome = SuggestedOutcome.FURTHER_ASSESSMENT;
            reasons.add(reason("screening.reason.some", indicators, score));
        } else {
            // Risk factors alone do not make a child a possible trafficking victim; the child-protection case goes on.
            outcome = SuggestedOutcome.NO_INDICATORS;
            reasons.add(reason("screening.reason.none", List.of(), score));
        }
        if (!riskFactors.isEmpty()) {
            reasons.add(reason("screening.reason.risk-factors", riskFactors, score));
        }
        if (!context.isEmpty()) {
            reasons.add(reason("screening.reason.context", context, score));
        }

        Urgency urgency = observed.stream().map(Indicator::urgency).max(Comparator.naturalOrder())
                .orElse(Urgency.STANDARD);
        List<Indicator> danger = observed.stream().filter(i -> i.urgency() == Urgency.IMMEDIATE_DANGER).toList();
        List<Indicator> missingRisk = observed.stream().filter(i -> i.urgency() == Urgency.HIGH_MISSING_RISK).toList();
        if (!danger.isEmpty()) {
            reasons.add(reason("screening.reason.urgent", danger, score));
        }
        if (!missingRisk.isEmpty()) {
            reasons.add(reason("screening.reason.missing-risk", missingRisk, score));
        }

        var forms = EnumSet.noneOf(ExploitationForm.class);
        indicators.stream().map(Indicator::form).filter(Objects::nonNull).forEach(forms::add);
        return new Suggestion(outcome, urgency, forms, score, List.copyOf(reasons));
    }

    private static Suggestion.Reason reason(String code, List<Indicator> indicators, int score) {
        return new Suggestion.Reason(code, indicators.stream().map(Indicator::code).toList(), score);
    }
}
