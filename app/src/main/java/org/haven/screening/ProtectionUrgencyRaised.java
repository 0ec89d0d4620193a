package org.haven.screening;

import java.util.UUID;

/**
 * Published when an observation made after the presumed-victim decision raises the urgency: the
 * protection checklist's open items are brought forward to the new urgency's deadlines.
 */
public record ProtectionUrgencyRaised(UUID caseId, Urgency urgency) {
}
