package org.haven.screening;

import java.util.Set;
import java.util.UUID;

/**
 * Published when a screening first decides that a child is a presumed (or identified) victim:
 * protection starts now, on reasonable grounds.
 */
public record ChildPresumedVictim(ScreeningId screening, UUID caseId, VictimStatus status, Urgency urgency,
                                  Set<ExploitationForm> forms) {
}
