package org.cavityfem.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The designs' points. */
class DesignTest {

    private static final Variable A = new Variable("a", 1, 3, 3, List.of());
    private static final Variable B = new Variable("b", 10, 20, 0, List.of(10.0, 20.0));

    @Test
    void gridVariesTheFirstParameterSlowest() {
        List<double[]> p = new Design.Grid().points(List.of(A, B));
        assertEquals(6, p.size());
        assertArrayEquals(new double[] {1, 10}, p.get(0));
        assertArrayEquals(new double[] {1, 20}, p.get(1));
        assertArrayEquals(new double[] {2, 10}, p.get(2));
        assertArrayEquals(new double[] {3, 20}, p.get(5));
    }

    /**
     * A Latin hypercube of n points puts exactly one point in each of the n equal strata of every
     * variable's range (the definition of the design, McKay, Beckman and Conover, Technometrics 21,
     * 239 (1979)), and the same seed gives the same sample.
     */
    @Test
    void latinHypercubeFillsEveryStratumOnceAndIsReproducible() {
        int n = 17;
        Variable x = new Variable("x", 0.03, 0.04, 0, List.of());
        Variable y = new Variable("y", 0.01, 0.02, 0, List.of());
        List<double[]> p = new Design.LatinHypercube(n, 42).points(List.of(x, y));
        for (int j = 0; j < 2; j++) {
            Variable v = j == 0 ? x : y;
            boolean[] hit = new boolean[n];
            for (double[] q : p) {
                int stratum = (int) Math.floor((q[j] - v.lower()) / (v.upper() - v.lower()) * n);
                assertTrue(stratum >= 0 && stratum < n);
                assertTrue(!hit[stratum], "stratum " + stratum + " used twice");
                hit[stratum] = true;
            }
        }
        List<double[]> again = new Design.LatinHypercube(n, 42).points(List.of(x, y));
        for (int i = 0; i < n; i++) {
            assertArrayEquals(p.get(i), again.get(i), 0);
        }
    }
}
