package org.cavityfem.analysis.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The number text of the result files: the shortest decimal that reads back as the same double, in
 * {@link Double#toString}'s layout, the same on every JDK.
 */
class DecimalTest {

    /**
     * Values JDK 17's {@code Double.toString} writes with more digits than needed (JDK-4511638, fixed
     * in JDK 19 by the Schubfach algorithm): 1e23 is the double nearest 10²³, so "1.0E23" reads back
     * as it, yet JDK 17 writes 9.999999999999999E22; 2.82879384806159e17 gets an 18-digit
     * 2.82879384806159008E17 there. JDK 19 and later write what is asserted here, and so does
     * {@link Decimal} on every JDK.
     */
    @Test
    void writesTheShortestTextWhereJdk17DoesNot() {
        assertEquals("1.0E23", Decimal.text(1e23));
        assertEquals("2.82879384806159E17", Decimal.text(2.82879384806159e17));
        assertEquals("8.41E21", Decimal.text(8.41e21));
        assertEquals("4.8726570057E288", Decimal.text(4.8726570057e288));
    }

    /** Double.toString's layout: plain from 10⁻³ to below 10⁷, computerized scientific outside. */
    @Test
    void keepsDoubleToStringsLayout() {
        assertEquals("1.0", Decimal.text(1));
        assertEquals("-0.0", Decimal.text(-0.0));
        assertEquals("0.001", Decimal.text(1e-3));
        assertEquals("9.999E-4", Decimal.text(9.999e-4));
        assertEquals("1.0E7", Decimal.text(1e7));
        assertEquals("9999999.0", Decimal.text(9999999));
        assertEquals("1.2999999945770488E9", Decimal.text(1.2999999945770488e9));
        assertEquals("4.9E-324", Decimal.text(Double.MIN_VALUE));
        assertEquals("1.7976931348623157E308", Decimal.text(Double.MAX_VALUE));
        assertEquals("NaN", Decimal.text(Double.NaN));
        assertEquals("Infinity", Decimal.text(Double.POSITIVE_INFINITY));
        assertEquals("-Infinity", Decimal.text(Double.NEGATIVE_INFINITY));
    }

    /**
     * Every text reads back as the very double written, over random bit patterns and random values
     * of every decade. Where it differs from this JDK's {@code Double.toString} (JDK 17 and 18 only)
     * it is shorter, or as long and nearer the double's exact value: the shortest text's tie-break
     * (JDK 17 writes 3.1618736923589495E25 for the double whose exact value is
     * 31618736923589495998119936, 3.1618736923589496E25 is nearer).
     */
    @Test
    void everyValueReadsBackAsTheSameDouble() {
        SplittableRandom random = new SplittableRandom(20261206);
        for (int i = 0; i < 1_000_000; i++) {
            double v = i % 2 == 0 ? Double.longBitsToDouble(random.nextLong())
                    : random.nextDouble() * Math.pow(10, random.nextInt(-30, 30));
            if (Double.isNaN(v)) {
                continue;
            }
            String text = Decimal.text(v);
            assertEquals(Double.doubleToRawLongBits(v), Double.doubleToRawLongBits(Double.parseDouble(text)), text);
            String jdk = Double.toString(v);
            if (!text.equals(jdk)) {
                assertTrue(text.length() < jdk.length() || text.length() == jdk.length()
                        && distance(text, v).compareTo(distance(jdk, v)) < 0, text + " against " + jdk);
            }
        }
    }

    private static BigDecimal distance(String text, double v) {
        return new BigDecimal(text).subtract(new BigDecimal(v)).abs();
    }
}
