package org.cavityfem.output.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The SVG coordinates' text: each number rounded to a hundredth, written as it always was. */
class PlotImageTest {

    /** The text before the digits were written directly: the rounded value through Double.toString. */
    private static String throughDoubleToString(double v) {
        double r = Math.round(v * 100) / 100.0;
        return r == Math.rint(r) && Math.abs(r) < 1e15 ? Long.toString((long) r) : Double.toString(r);
    }

    @Test
    void hundredthsWrittenDirectlyAreTheTextDoubleToStringGave() {
        // The values k / 100.0 that coordinates round to: every one below 10⁴ px, then every 13th up
        // to the direct path's bound of 10⁵ px (all 2·10⁷ were compared once, with no difference).
        for (long k = -PlotImage.DIRECT_HUNDREDTHS + 1; k < PlotImage.DIRECT_HUNDREDTHS;
                k += Math.abs(k) < 1_000_000 ? 1 : 13) {
            double v = k / 100.0;
            String direct = PlotImage.hundredths(v);
            String expected = throughDoubleToString(v);
            if (!direct.equals(expected)) {
                assertEquals(expected, direct, "hundredths of " + v);
            }
        }
    }

    @Test
    void unroundedAndLargeValuesAreWrittenAsBefore() {
        double[] values = {0, -0.0, 0.004, -0.004, 0.005, -0.005, 1.234567, -275.5, 1346.499999, 99999.994,
            99999.995, -99999.995, 123456.789, 1e7, 1.5e9, -3e15, 1e300, Double.NaN};
        for (double v : values) {
            assertEquals(throughDoubleToString(v), PlotImage.hundredths(v), "hundredths of " + v);
        }
        assertEquals("-275.5", PlotImage.hundredths(-275.5));
        assertEquals("12.05", PlotImage.hundredths(12.049));
        assertEquals("3", PlotImage.hundredths(2.999));
    }
}
