package org.cavityfem.analysis.hom;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.cavityfem.analysis.merit.WallLocation;
import org.junit.jupiter.api.Test;

/**
 * The resonator sum of {@link BroadbandImpedance} against the single-resonator closed form (Chao,
 * §2.5): Re Z(f) = R / (1 + Q² (f/f_r − f_r/f)²), R = (R/Q) Q, so Re Z = R at f_r and R/2 where
 * Q (f/f_r − f_r/f) = ±1, i.e. at f = f_r (√(1 + 4Q²) ± 1)/(2Q); the transverse one carries the
 * factor f_r/f. With an external Q the resonator's Q is the loaded Q, 1/Q_L = 1/Q0 + 1/Q_ext.
 */
class BroadbandImpedanceTest {

    private static final WallLocation NOWHERE = new WallLocation(1, 0, 0, "wall");

    /** A mode of order m at f (Hz) with Q0 = 1e4 (P = ωU/Q0 at U = 1 J) and the given R/Q. */
    private static AzimuthalFigures mode(int m, double f, double axisVoltage, double externalQ) {
        double omega = 2 * Math.PI * f;
        return new AzimuthalFigures(0, 1, m, "TM", "TM0#1", f, 0, 1, 1e-3, omega / 1e4, NOWHERE, NOWHERE, null, 0.01,
                0, axisVoltage, externalQ);
    }

    @Test
    void singleLongitudinalResonator() {
        double f = 1e9;
        double rq = 100;
        double v = Math.sqrt(rq * 2 * Math.PI * f);
        AzimuthalFigures a = mode(0, f, v, 2e4);
        assertEquals(rq, a.roverQ(), 1e-9 * rq);
        double q = 1 / (1 / 1e4 + 1 / 2e4);
        assertEquals(q, a.loadedQ(), 1e-9 * q);
        double half = f * (Math.sqrt(1 + 4 * q * q) + 1) / (2 * q);
        BroadbandImpedance z = BroadbandImpedance.of(List.of(a), 0.9 * f, 1.1 * f);
        assertEquals(rq * q, at(z, f, z.longitudinal()), 1e-9 * rq * q);
        assertEquals(rq * q / 2, at(z, half, z.longitudinal()), 1e-3 * rq * q);
        assertEquals(0, at(z, f, z.transverse()), 0);
    }

    private static double at(BroadbandImpedance z, double f, double[] values) {
        int best = 0;
        for (int i = 1; i < z.frequency().length; i++) {
            if (Math.abs(z.frequency()[i] - f) < Math.abs(z.frequency()[best] - f)) {
                best = i;
            }
        }
        return values[best];
    }
}
