package org.haven.platform;

import java.time.ZoneId;

/** The time zone in which to show times to the person making the current request. */
public interface UserZone {

    ZoneId current();
}
