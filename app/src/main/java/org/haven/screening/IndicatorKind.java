package org.haven.screening;

/**
 * What an entry of the catalogue is: a sign of exploitation, a risk factor (vulnerability, not
 * evidence), or a context observation that is recorded but by rule never lowers the outcome
 * ("appears happy", "accompanied by a parent").
 */
public enum IndicatorKind {
    INDICATOR, RISK_FACTOR, CONTEXT
}
