/**
 * The case: one per child and episode of concern, led by one agency, worked by a named case team.
 * Only the case team sees the case; every view and change is audited.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Casework")
package org.haven.casework;
