package org.haven.casework;

import java.util.Map;

/**
 * One agreed step of the national referral mechanism: what is to be done, by whom (a part in the
 * case team), within what time of which event, what completes it, and who hears when it is late.
 */
public record ProcedureStep(String code, ProcedureTrigger trigger, Deadline within, TeamRole responsible,
                            Milestone completedBy, Escalation escalateTo, Map<String, String> texts) {

    public ProcedureStep {
        texts = Map.copyOf(texts);
    }

    /** The step's text in the language asked for, else English. */
    public String text(String language) {
        return texts.getOrDefault(language, texts.get("en"));
    }
}
