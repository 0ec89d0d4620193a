/**
 * How a child comes to attention: referrals from any agency, routed to the lead agency by area,
 * accepted into a case (with screening of what was observed), sent back for more information, or
 * transferred.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Intake")
package org.haven.intake;
