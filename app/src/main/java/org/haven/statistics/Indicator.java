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
        Instant event(ChildCount c, Instant from, Instant to) {
            return within(c.protectedSince(), from, to) ? c.protectedSince() : null;
        }
    },
    /** Of those whose protection started in the period, identified as victims now. */
    IDENTIFIED {
        @Override
        Instant event(ChildCount c, Instant from, Instant to) {
            return c.identified() ? PRESUMED_OR_IDENTIFIED.event(c, from, to) : null;
        }
    },
    /** Protection started in the period and a guardian was appointed within 24 hours of it. */
    GUARDIAN_WITHIN_24_HOURS {
        @Override
        Instant event(ChildCount c, Instant from, Instant to) {
            boolean inTime = c.guardianAppointedAt() != null && c.protectedSince() != null
                    && !c.guardianAppointedAt().isAfter(c.protectedSince().plus(Duration.ofHours(24)));
            return inTime ? PRESUMED_OR_IDENTIFIED.event(c, from, to) : null;
        }
    },
    /** Protection started in the period and, so far, no guardian, or one only after 24 hours. */
    GUARDIAN_LATE_OR_MISSING {
        @Override
        Instant event(ChildCount c, Instant from, Instant to) {
            return GUARDIAN_WITHIN_24_HOURS.event(c, from, to) == null ? PRESUMED_OR_IDENTIFIED.event(c, from, to) : null;
        }
    },
    /** Protection started in the period and the child was in a safe (not restrictive) placement by the next day. */
    SAFE_PLACEMENT_WITHIN_A_DAY {
        @Override
        Instant event(ChildCount c, Instant from, Instant to) {
            boolean placed = c.daysToSafePlacement() != null && c.daysToSafePlacement() <= 1;
            return placed ? PRESUMED_OR_IDENTIFIED.event(c, from, to) : null;
        }
    },
    /** Protection started in the period and the child's first interview was held by the seventh day after. */
    INTERVIEWED_WITHIN_A_WEEK {
        @Override
        Instant event(ChildCount c, Instant from, Instant to) {
            boolean heard = c.daysToFirstInterview() != null && c.daysToFirstInterview() <= 7;
            return heard ? PRESUMED_OR_IDENTIFIED.event(c, from, to) : null;
        }
    },
    /** Protection started in the period and the child was interviewed more than once. */
    INTERVIEWED_MORE_THAN_ONCE {
        @Override
        Instant event(ChildCount c, Instant from, Instant to) {
            return c.interviews() > 1 ? PRESUMED_OR_IDENTIFIED.event(c, from, to) : null;
        }
    },
    /** The child went missing in the period (at least once). */
    WENT_MISSING {
        @Override
        Instant event(ChildCount c, Instant from, Instant to) {
            if (c.missing().isEmpty()) {
                return null;
            }
            return c.missing().stream().map(ChildCount.Spell::since).filter(at -> within(at, from, to))
                    .min(Instant::compareTo).orElse(null);
        }
    },
    /** A missing child was found in the period. */
    FOUND {
        @Override
        Instant event(ChildCount c, Instant from, Instant to) {
            if (c.missing().isEmpty()) {
                return null;
            }
            return c.missing().stream().map(ChildCount.Spell::foundAt).filter(at -> within(at, from, to))
                    .min(Instant::compareTo).orElse(null);
        }
    },
    /** A best-interests determination was made for the child in the period (once or more). */
    BEST_INTERESTS_DETERMINED {
        @Override
        Instant event(ChildCount c, Instant from, Instant to) {
            return c.determinations().stream().filter(at -> within(at, from, to)).min(Instant::compareTo).orElse(null);
        }
    },
    /** The child was returned to their country or family in the period. */
    RETURNED {
        @Override
        Instant event(ChildCount c, Instant from, Instant to) {
            return c.returned() != null && within(c.returned().returnedAt(), from, to) ? c.returned().returnedAt() : null;
        }
    },
    /** Of those returned in the period, the returns made after a risk and security assessment. */
    RETURNED_AFTER_RISK_ASSESSMENT {
        @Override
        Instant event(ChildCount c, Instant from, Instant to) {
            var returned = RETURNED.event(c, from, to);
            var assessed = returned == null ? null : c.returned().riskAssessedAt();
            return assessed != null && !assessed.isAfter(returned) ? returned : null;
        }
    },
    /** A post-return monitoring report fell due in the period (its day over when counted). */
    MONITORING_DUE {
        @Override
        Instant event(ChildCount c, Instant from, Instant to) {
            return fallenDue(c, from, to).map(ChildCount.Report::dueAt).min(Instant::compareTo).orElse(null);
        }
    },
    /** Of those with a monitoring report due in the period, the ones with every such report received by its day. */
    MONITORING_ON_TIME {
        @Override
        Instant event(ChildCount c, Instant from, Instant to) {
            var due = MONITORING_DUE.event(c, from, to);
            boolean allOnTime = due != null && fallenDue(c, from, to)
                    .allMatch(r -> r.receivedAt() != null && !r.receivedAt().isAfter(r.dueAt()));
            return allOnTime ? due : null;
        }
    };

    /** The monitoring reports due in [from, to) whose day had ended when the case was counted. */
    private static java.util.stream.Stream<ChildCount.Report> fallenDue(ChildCount c, Instant from, Instant to) {
        if (c.returned() == null) {
            return java.util.stream.Stream.empty();
        }
        return c.returned().monitoring().stream().filter(r -> within(r.dueAt(), from, to)
                && !r.dueAt().plus(Duration.ofDays(1)).isAfter(c.countedAt()));
    }

    /** The indicator this one is a part of, whose published counts could otherwise be differenced with it. */
    java.util.Optional<Indicator> partOf() {
        return switch (this) {
            case IDENTIFIED, GUARDIAN_WITHIN_24_HOURS, GUARDIAN_LATE_OR_MISSING, SAFE_PLACEMENT_WITHIN_A_DAY,
                 INTERVIEWED_WITHIN_A_WEEK, INTERVIEWED_MORE_THAN_ONCE ->
                    java.util.Optional.of(PRESUMED_OR_IDENTIFIED);
            case RETURNED_AFTER_RISK_ASSESSMENT -> java.util.Optional.of(RETURNED);
            case MONITORING_ON_TIME -> java.util.Optional.of(MONITORING_DUE);
            default -> java.util.Optional.empty();
        };
    }

    /** When the case counts for this indicator in [from, to) (the first time, for a trend by month); null if it does not. */
    abstract Instant event(ChildCount c, Instant from, Instant to);


    static boolean within(Instant at, Instant from, Instant to) {
        return at != null && !at.isBefore(from) && at.isBefore(to);
    }
}
