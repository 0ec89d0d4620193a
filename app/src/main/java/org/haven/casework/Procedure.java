package org.haven.casework;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A country's referral mechanism as data (its standard operating procedure), in versions: a case
 * keeps the version it started with, so a later change never moves its deadlines.
 */
public record Procedure(int version, String name, Instant publishedAt, String publishedBy, List<ProcedureStep> steps) {

    public Procedure {
        steps = List.copyOf(steps);
    }

    public List<ProcedureStep> startedBy(ProcedureTrigger trigger) {
        return steps.stream().filter(s -> s.trigger() == trigger).toList();
    }

    public Optional<ProcedureStep> step(String code) {
        return steps.stream().filter(s -> s.code().equals(code)).findFirst();
    }
}
