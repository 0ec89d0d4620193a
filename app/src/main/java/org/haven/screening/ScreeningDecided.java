package org.haven.screening;

import java.util.UUID;

/** A screening was decided (again): its status and forms of exploitation may have changed. Listeners see it after the commit. */
public record ScreeningDecided(ScreeningId screening, UUID caseId) {
}
