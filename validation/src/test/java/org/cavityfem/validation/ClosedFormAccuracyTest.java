package org.cavityfem.validation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cavityfem.solver.Mode;
import org.junit.jupiter.api.Test;

/**
 * The headline accuracy: order-4 curved elements reach 1e-10 relative frequency error on both
 * closed forms with meshes that solve in a fraction of a second.
 */
class ClosedFormAccuracyTest {

    /** The paper's pillbox, R = L = 115 mm (Egi, KEK; see ClosedFormCase.pillbox). */
    @Test
    void pillboxTm010ToOneInTenBillion() {
        ClosedFormCase c = ClosedFormCase.pillbox(0.115, 0.115);
        Mode mode = c.solve(4, 0.115 / 6);
        double error = c.frequencyError(mode);
        System.out.printf("pillbox p=4: f = %.12f MHz, error %.2e, residual %.1e%n",
                mode.frequency() / 1e6, error, mode.relativeResidual());
        assertTrue(error < 1e-10, "relative frequency error " + error);
        assertTrue(mode.relativeResidual() < 1e-10, "residual " + mode.relativeResidual());
    }

    /** Sphere of radius 100 mm: curved wall, exact only if the elements follow the curve. */
    @Test
    void sphereTm101ToOneInTenBillion() {
        ClosedFormCase c = ClosedFormCase.sphere(0.1);
        Mode mode = c.solve(4, 0.1 / 5);
        double error = c.frequencyError(mode);
        System.out.printf("sphere p=4: f = %.12f MHz, error %.2e%n", mode.frequency() / 1e6, error);
        assertTrue(error < 1e-10, "relative frequency error " + error);
    }
}
