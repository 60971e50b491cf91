package org.cavityfem.paper.model;

import java.math.BigDecimal;

/** How a recomputed value compares with the value the paper prints, judged at the printed digits. */
public enum Agreement {
    /** Rounding the recomputed value to the printed digits gives the printed value. */
    ROUNDS_TO_PRINTED,
    /** Off by less than one unit in the last printed digit: the paper truncated, or rounded an input first. */
    WITHIN_LAST_DIGIT,
    /** Off by more than one unit in the last printed digit. */
    DIFFERS,
    /** The paper prints no value. */
    NOT_PRINTED;

    /**
     * Compares a recomputed value with a printed one.
     *
     * @param printed the printed decimal, e.g. 0.62309e-12 (its last digit sets the resolution)
     * @param recomputed the recomputed value in the same unit
     */
    public static Agreement of(BigDecimal printed, double recomputed) {
        if (!Double.isFinite(recomputed)) {
            return DIFFERS;
        }
        double unit = printed.ulp().doubleValue();
        double difference = Math.abs(recomputed - printed.doubleValue());
        double slack = 1e-12 * unit;
        if (difference <= 0.5 * unit + slack) {
            return ROUNDS_TO_PRINTED;
        }
        return difference <= unit + slack ? WITHIN_LAST_DIGIT : DIFFERS;
    }

    /** Short text for tables, e.g. "rounds to printed". */
    public String label() {
        return switch (this) {
            case ROUNDS_TO_PRINTED -> "agrees";
            case WITHIN_LAST_DIGIT -> "last digit";
            case DIFFERS -> "DIFFERS";
            case NOT_PRINTED -> "not printed";
        };
    }
}
