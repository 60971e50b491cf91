package org.cavityfem.analysis.merit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class KilpatrickLimitTest {

    /**
     * E_K = 10 MV/m exactly where f = 1.64 · 10² · exp(−0.85) MHz = 70.09612… MHz; at 200 MHz the
     * formula gives 14.735 MV/m (1.64 · 14.735² · exp(−8.5/14.735) = 200.0).
     */
    @Test
    void invertsTheKilpatrickRelation() {
        double f = 1.64 * 100 * Math.exp(-0.85) * 1e6;
        assertEquals(10e6, KilpatrickLimit.field(f), 1e-6);
        double e = KilpatrickLimit.field(200e6) * 1e-6;
        assertEquals(200, 1.64 * e * e * Math.exp(-8.5 / e), 1e-9);
        assertEquals(14.735, e, 0.001);
    }
}
