/**
 * Identification: the indicator catalogue, screenings of a child against it, the suggested outcome
 * with its reasons, and the presumed or identified victim decision.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Screening")
package org.haven.screening;
