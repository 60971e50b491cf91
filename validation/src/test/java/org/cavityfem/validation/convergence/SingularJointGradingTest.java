package org.cavityfem.validation.convergence;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Optional;
import org.cavityfem.mesh.Mesh;
import org.cavityfem.mesh.MeshGenerator;
import org.cavityfem.mesh.MeshSettings;
import org.cavityfem.mesh.build.EllipticalCavity;
import org.cavityfem.mesh.build.EllipticalHalfCell;
import org.cavityfem.mesh.build.Pillbox;
import org.cavityfem.mesh.geometry.BoundaryKind;
import org.cavityfem.mesh.geometry.Contour;
import org.cavityfem.solver.ModeRequest;
import org.cavityfem.solver.ModeSolver;
import org.junit.jupiter.api.Test;

/**
 * Grading towards singular wall joints, order 4, measured by self-convergence: the reference is a
 * graded order-6 solve at half the size (its own error is below 2e-11, measured against order 8 at
 * a quarter of the size). Without grading, the eigenvalue error near a joint of exponent λ falls
 * like h^{2λ} (Strang &amp; Fix, An Analysis of the Finite Element Method, ch. 8): λ = 2/3 at a beam-pipe entrance (rate 4/3),
 * λ = 2 where the TESLA cell's tangent line meets its ellipses (rate about 4, against 2p = 8). The
 * grading keeps that rate but makes the joints' share of the error small enough that the bulk, not
 * the joints, sets the error at practical sizes.
 */
class SingularJointGradingTest {

    /** TESLA mid half-cell (Aune et al., PRSTAB 3, 092001 (2000), Table II). */
    private static final EllipticalHalfCell MID = new EllipticalHalfCell(0.1033, 0.035, 0.042, 0.042, 0.012, 0.019,
            0.0577);

    private static double frequency(Contour contour, int order, double size, double arcAngle, boolean graded) {
        Mesh mesh = MeshGenerator.generate(contour, new MeshSettings(order, size, 25, arcAngle, 1.3, graded));
        return new ModeSolver().solve(mesh, ModeRequest.lowest(1)).modes().get(0).frequency();
    }

    /** Relative errors {ungraded, graded} of order 4 at bulk size h and arc angle a (rad). */
    private static double[] errors(Contour contour, double h, double a) {
        double reference = frequency(contour, 6, h / 2, a / 2, true);
        double plain = Math.abs(frequency(contour, 4, h, a, false) - reference) / reference;
        double graded = Math.abs(frequency(contour, 4, h, a, true) - reference) / reference;
        System.out.printf(Locale.ROOT, "order 4, h = %.4g m: ungraded %.3e, graded %.3e%n", h, plain, graded);
        return new double[] {plain, graded};
    }

    @Test
    void teslaCellCurvatureJumpsNoLongerDominate() {
        Contour cell = new EllipticalCavity(1, MID, MID, MID, Optional.empty(), Optional.empty(),
                BoundaryKind.MAGNETIC, Optional.of(BoundaryKind.ELECTRIC)).contour();
        double[] e = errors(cell, 0.02, Math.toRadians(15));
        // Measured 1.6e-8 ungraded, 2.2e-10 graded (1108 and 1544 unknowns).
        assertTrue(e[0] > 5e-9, "ungraded error " + e[0]);
        assertTrue(e[1] < 1e-9 && e[1] < e[0] / 30, "graded error " + e[1] + " vs " + e[0]);
    }

    @Test
    void reEntrantPipeEntrancesNoLongerDominate() {
        Contour pipes = new Pillbox(0.1, 0.1, 0.03, 0.06).contour();
        double[] e = errors(pipes, 0.025, Math.PI / 12);
        // Measured 2.3e-4 ungraded, 1.4e-8 graded (734 and 5000 unknowns).
        assertTrue(e[0] > 1e-5, "ungraded error " + e[0]);
        assertTrue(e[1] < 1e-7 && e[1] < 1e-3 * e[0], "graded error " + e[1] + " vs " + e[0]);
    }
}
