package org.cavityfem.validation.convergence;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cavityfem.validation.ConvergenceStudy;
import org.junit.jupiter.api.Test;

/**
 * Eigenvalue error of order-p elements falls like h^{2p} (Strang &amp; Fix, An Analysis of the Finite
 * Element Method, §6.3; for isoparametric curved boundaries Lenoir, SIAM J. Numer. Anal. 23 (1986)).
 * The base class fixes the expected rate; each subclass picks the order and the mesh sizes that keep
 * the errors above rounding (~1e-13).
 */
abstract class ConvergenceRateTest {

    /** Element order. */
    abstract int order();

    /** Element sizes as fractions of the cavity size, coarse to fine. */
    abstract double[] sizes();

    /** Allowed shortfall of the fitted rate below 2p (unstructured meshes do not halve h exactly). */
    double slack() {
        return 0.6;
    }

    @Test
    void pillboxFrequencyConvergesAtRateTwoP() {
        check(ConvergenceStudy.pillbox());
    }

    @Test
    void sphereFrequencyConvergesAtRateTwoP() {
        check(ConvergenceStudy.sphere());
    }

    private void check(ConvergenceStudy study) {
        List<double[]> points = new ArrayList<>();
        for (double s : sizes()) {
            points.add(study.point(order(), s));
        }
        double rate = ConvergenceStudy.fittedRate(points);
        StringBuilder table = new StringBuilder();
        for (double[] p : points) {
            table.append(String.format(Locale.ROOT, "  h=%.4g m  error=%.3e%n", p[0], p[1]));
        }
        System.out.printf(Locale.ROOT, "%s p=%d fitted rate %.2f (expected %d)%n%s", study.name(), order(), rate,
                2 * order(), table);
        assertTrue(rate > 2 * order() - slack(), study.name() + " rate " + rate + " < " + (2 * order())
                + " - " + slack() + "\n" + table);
    }
}
