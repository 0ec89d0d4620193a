package org.haven.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock tests can move forward, so that time-based rules are tested without waiting. */
public final class MutableClock extends Clock {

    private volatile Instant now;

    public MutableClock(Instant start) {
        this.now = start;
    }

    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    /**
     * This clock seen from {@code zone}: the same, movable instant, with that zone's dates. (It
     * returned itself, in UTC, so a test asking for today in Oslo got today in UTC, and a test run
     * between 23:00 and midnight UTC expected another day than the code gave.)
     */
    @Override
    public Clock withZone(ZoneId zone) {
        MutableClock moved = this;
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return moved.withZone(other);
            }

            @Override
            public Instant instant() {
                return moved.instant();
            }
        };
    }

    @Override
    public Instant instant() {
        return now;
    }
}
