package org.cavityfem.output.plot;

import java.awt.Color;
import java.awt.Paint;
import org.jfree.chart.renderer.PaintScale;

/**
 * The viridis colour map (van der Walt and Smith, matplotlib 2.0 default; perceptually uniform and
 * readable in grey and by colour-blind readers) from its values at 11 equally spaced stops,
 * interpolated linearly between them, over a value range.
 */
final class ColorMap implements PaintScale {

    /** Viridis at 0, 0.1, ..., 1 (sRGB), as tabulated by matplotlib's {@code _cm_listed.py}. */
    private static final int[] VIRIDIS = {
        0x440154, 0x482475, 0x414487, 0x355F8D, 0x2A788E, 0x21918C,
        0x22A884, 0x44BF70, 0x7AD151, 0xBDDF26, 0xFDE725
    };

    private final double lower;
    private final double upper;

    /**
     * @param lower value drawn in the darkest colour
     * @param upper value drawn in the brightest colour, above {@code lower}
     */
    ColorMap(double lower, double upper) {
        if (!(upper > lower)) {
            throw new IllegalArgumentException("empty colour range [" + lower + ", " + upper + "]");
        }
        this.lower = lower;
        this.upper = upper;
    }

    @Override
    public double getLowerBound() {
        return lower;
    }

    @Override
    public double getUpperBound() {
        return upper;
    }

    @Override
    public Paint getPaint(double value) {
        return new Color(rgb(value));
    }

    /** The colour of {@code value} as 0xRRGGBB; values outside the range take the end colours. */
    int rgb(double value) {
        double x = Math.min(1, Math.max(0, (value - lower) / (upper - lower))) * (VIRIDIS.length - 1);
        int i = Math.min((int) x, VIRIDIS.length - 2);
        double f = x - i;
        int a = VIRIDIS[i];
        int b = VIRIDIS[i + 1];
        return mix(a >> 16, b >> 16, f) << 16 | mix(a >> 8, b >> 8, f) << 8 | mix(a, b, f);
    }

    private static int mix(int a, int b, double f) {
        return (int) Math.round((a & 0xFF) * (1 - f) + (b & 0xFF) * f);
    }
}
