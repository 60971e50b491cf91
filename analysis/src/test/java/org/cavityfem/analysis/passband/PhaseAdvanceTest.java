package org.cavityfem.analysis.passband;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PhaseAdvanceTest {

    @Test
    void labelsCountPhaseInStepsOfPiOverN() {
        assertEquals("TM010-pi/9", PhaseAdvance.label(1, 9));
        assertEquals("TM010-3pi/9", PhaseAdvance.label(3, 9));
        assertEquals("TM010-8pi/9", PhaseAdvance.label(8, 9));
        assertEquals("TM010-pi", PhaseAdvance.label(9, 9));
        assertEquals("TM010-pi/2", PhaseAdvance.label(1, 2));
    }

    /**
     * The patterns sin(mπ(j − ½)/N), m = 1..N, are the eigenvectors of the symmetric tridiagonal
     * coupling matrix of the chain, hence orthonormal: Σ_j sin(mπ(j−½)/N) sin(nπ(j−½)/N) = (N/2) δ_mn
     * (δ_mn N for m = n = N).
     */
    @Test
    void patternsAreOrthonormal() {
        int n = 9;
        for (int m = 1; m <= n; m++) {
            for (int k = 1; k <= n; k++) {
                double[] a = PhaseAdvance.pattern(m, n);
                double[] b = PhaseAdvance.pattern(k, n);
                double dot = 0;
                for (int j = 0; j < n; j++) {
                    dot += a[j] * b[j];
                }
                assertEquals(m == k ? 1 : 0, dot, 1e-14, "m=" + m + " k=" + k);
            }
        }
        double[] alternating = {1, -1, 1, -1, 1, -1, 1, -1, 1};
        assertEquals(1, PhaseAdvance.match(alternating, 9), 1e-15);
        assertEquals(0, PhaseAdvance.match(alternating, 3), 1e-15);
    }
}
