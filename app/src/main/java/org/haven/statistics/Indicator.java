package org.haven.statistics;

import java.time.Duration;
import java.time.Instant;

/**
 * The indicators Haven computes (DOMAIN.md §7 and the safeguards). Each counts cases in a period
 * [from, to) by a definition written in {@code messages/statistics.properties}
 * ({@code indicator.<NAME>.definition}) and tested in {@code IndicatorTest}.
 */
public enum Indicator {

    /** Protection started in the period: presumed or identified victims. */
    PRESUMED_OR_IDENTIFIED {
        @Override
        boolean counts(ChildCount c, Instant from, Instant to) {
            return within(c.protectedSince(), from, to);
        }
    },
    /** Of those whose protection started in the period, identified as victims now. */
    IDENTIFIED {
        @Override
        boolean counts(ChildCount c, Instant from, Instant to) {
            return c.identified() && within(c.protectedSince(), from, to);
        }
    },
    /** Protection started in the period and a guardian was appointed within 24 hours of it. */
    GUARDIAN_WITHIN_24_HOURS {
        @Override
        boolean counts(ChildCount c, Instant from, Instant to) {
            return within(c.protectedSince(), from, to) && c.guardianAppointedAt() != null
                    && !c.guardianAppointedAt().isAfter(c.protectedSince().plus(Duration.ofHours(24)));
        }
    },
    /** Protection started in the period and, so far, no guardian, or one only after 24 hours. */
    GUARDIAN_LATE_OR_MISSING {
        @Override
        boolean counts(ChildCount c, Instant from, Instant to) {
            return within(c.protectedSince(), from, to) && !GUARDIAN_WITHIN_24_HOURS.counts(c, from, to);
        }
    },
    /** Protection started in the period and the child was interviewed more than once. */
    INTERVIEWED_MORE_THAN_ONCE {
        @Override
        boolean counts(ChildCount c, Instant from, Instant to) {
            return within(c.protectedSince(), from, to) && c.interviews() > 1;
        }
    },
    /** The child went missing in the period (at least once). */
    WENT_MISSING {
        @Override
        boolean counts(ChildCount c, Instant from, Instant to) {
            return c.missing().stream().anyMatch(s -> within(s.since(), from, to));
        }
    },
    /** A missing child was found in the period. */
    FOUND {
        @Override
        boolean counts(ChildCount c, Instant from, Instant to) {
            return c.missing().stream().anyMatch(s -> within(s.foundAt(), from, to));
        }
    };

    abstract boolean counts(ChildCount c, Instant from, Instant to);

    static boolean within(Instant at, Instant from, Instant to) {
        return at != null && !at.isBefore(from) && at.isBefore(to);
    }
}
