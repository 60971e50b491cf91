package org.cavityfem.validation.regression;

/**
 * How far one column of a regression case may move before the test calls it drift.
 *
 * <p>A numeric cell passes when {@code |value - reference| <= max(relative |reference|, absolute)};
 * with {@code atMost} set the cell is only bounded ({@code value <= atMost}), for columns such as
 * the eigen residual whose value is rounding noise and whose size, not its digits, is the result.
 * Non-numeric cells (the mode label) must match exactly.
 *
 * @param relative allowed relative difference (1)
 * @param absolute allowed absolute difference, in the column's unit; 0 for none
 * @param atMost upper bound replacing the comparison, in the column's unit; NaN when unused
 * @param why the reason for this tolerance, printed with a failure
 */
record ColumnTolerance(double relative, double absolute, double atMost, String why) {

    /** True when {@code value} is close enough to {@code reference}. */
    boolean accepts(double value, double reference) {
        if (!Double.isNaN(atMost)) {
            return value <= atMost;
        }
        if (Double.isNaN(reference) || Double.isNaN(value)) {
            return Double.isNaN(reference) && Double.isNaN(value);
        }
        return Math.abs(value - reference) <= Math.max(relative * Math.abs(reference), absolute);
    }

    /** The rule in words, for failure messages. */
    String describe() {
        if (!Double.isNaN(atMost)) {
            return "at most " + atMost;
        }
        return "relative " + relative + (absolute > 0 ? " or absolute " + absolute : "");
    }
}
