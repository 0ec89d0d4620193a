package org.haven.statistics;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/**
 * How a count is broken down (disaggregated). A case falls in one row, except by form of
 * exploitation and nationality, where a child with two falls in both (so rows can add up to more
 * than the total). Unknown values have a row of their own.
 */
public enum Breakdown {

    NONE {
        @Override
        List<String> rows(ChildCount c, LocalDate on, LocalDate counted) {
            return List.of("all");
        }
    },
    /**
     * The year in which the case counted: a trend over all years, whichever year was chosen. Each
     * row is that year's own table's total as published there; no total over years is given.
     */
    YEAR {
        @Override
        List<String> rows(ChildCount c, LocalDate on, LocalDate counted) {
            throw new IllegalStateException("A trend over years is read from each year's total, not kept per case");
        }
    },
    /** The month in which the case counted (a trend): every month of the period has a row, zeros too. */
    MONTH {
        @Override
        List<String> rows(ChildCount c, LocalDate on, LocalDate counted) {
            return List.of(java.time.YearMonth.from(counted).toString());
        }
    },
    SEX {
        @Override
        List<String> rows(ChildCount c, LocalDate on, LocalDate counted) {
            return List.of(c.sex() == null ? UNKNOWN : c.sex());
        }
    },
    /**
     * Age on the day protection started (for a child never protected, the day they counted), by the youngest age the
     * date of birth allows: the benefit of the doubt, as in an age assessment.
     */
    AGE_BAND {
        @Override
        List<String> rows(ChildCount c, LocalDate on, LocalDate counted) {
            if (c.bornLatest() == null) {
                return List.of(UNKNOWN);
            }
            int youngest = Math.max(0, Period.between(c.bornLatest(), on).getYears());
            return List.of(youngest < 12 ? "0-11" : youngest < 15 ? "12-14" : youngest < 18 ? "15-17" : "18+");
        }
    },
    NATIONALITY {
        @Override
        List<String> rows(ChildCount c, LocalDate on, LocalDate counted) {
            return c.nationalities().isEmpty() ? List.of(UNKNOWN) : c.nationalities();
        }
    },
    /**
     * Citizenship status (DOMAIN.md §7): a child with any nationality of the EU, the EEA or
     * Switzerland (free movement) counts as such; any other nationality only, a third country.
     */
    CITIZENSHIP {
        @Override
        List<String> rows(ChildCount c, LocalDate on, LocalDate counted) {
            if (c.nationalities().isEmpty()) {
                return List.of(UNKNOWN);
            }
            return List.of(c.nationalities().stream().anyMatch(FREE_MOVEMENT::contains) ? "EU_EEA" : "THIRD_COUNTRY");
        }
    },
    REGION {
        @Override
        List<String> rows(ChildCount c, LocalDate on, LocalDate counted) {
            return List.of(c.region() == null || c.region().isBlank() ? UNKNOWN : c.region());
        }
    },
    /** The kind of agency that referred the child (the first referral accepted into the case), or not referred. */
    REFERRED_BY {
        @Override
        List<String> rows(ChildCount c, LocalDate on, LocalDate counted) {
            return List.of(c.referredBy() == null ? NOT_REFERRED : c.referredBy());
        }
    },
    FORM_OF_EXPLOITATION {
        @Override
        List<String> rows(ChildCount c, LocalDate on, LocalDate counted) {
            return c.forms().isEmpty() ? List.of(UNKNOWN) : c.forms().stream().sorted().toList();
        }
    };

    /** The EU's 27 members, the other EEA states (Iceland, Liechtenstein, Norway) and Switzerland. */
    private static final java.util.Set<String> FREE_MOVEMENT = java.util.Set.of("AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE",
            "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
            "IS", "LI", "NO", "CH");

    /** The row of cases opened without a referral. */
    public static final String NOT_REFERRED = "NOT_REFERRED";

    /** The row label for a value nobody recorded. */
    public static final String UNKNOWN = "unknown";

    abstract List<String> rows(ChildCount c, LocalDate on, LocalDate counted);

    /** Whether the table spans every year rather than the one chosen. */
    public boolean overYears() {
        return this == YEAR;
    }

    /** Whether each counted case keeps a row of its own for this breakdown (the total and the year are the cells of every year). */
    boolean keptPerCase() {
        return this != NONE && this != YEAR;
    }
}
