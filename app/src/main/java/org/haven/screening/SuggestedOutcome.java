package org.haven.screening;

/** What the observations suggest; ordered from least to most protective. Never a formal identification. */
public enum SuggestedOutcome {
    NO_INDICATORS, FURTHER_ASSESSMENT, PRESUMED_VICTIM
}
