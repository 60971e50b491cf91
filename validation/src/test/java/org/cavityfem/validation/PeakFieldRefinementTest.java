package org.cavityfem.validation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.cavityfem.analysis.merit.FiguresOfMerit;
import org.cavityfem.analysis.merit.MeritSettings;
import org.cavityfem.analysis.merit.ModeAnalysis;
import org.cavityfem.analysis.resistance.FixedResistance;
import org.cavityfem.mesh.Mesh;
import org.cavityfem.mesh.MeshGenerator;
import org.cavityfem.mesh.MeshSettings;
import org.cavityfem.mesh.build.Pillbox;
import org.cavityfem.solver.Mode;
import org.cavityfem.solver.ModeRequest;
import org.cavityfem.solver.ModeSolver;
import org.cavityfem.units.PhysicalConstants;
import org.junit.jupiter.api.Test;

/**
 * Epk/Eacc and Bpk/Eacc of the pillbox R = L = 115 mm (TM010) under mesh refinement, against the
 * closed forms Epk/Eacc = 1/T and Bpk/Eacc = J1max/(c T) (T = sin(kL/2)/(kL/2), k = j01/R,
 * J1max = J1(1.8411837813406593); derived in {@link PillboxFiguresOfMeritTest}). Prints the table
 * of docs/validation.md; asserts that both errors fall by at least 10× from the coarsest to the
 * finest mesh at every order.
 */
class PeakFieldRefinementTest {

    private static final double R = 0.115;
    private static final double[] SIZES = {0.04, 0.02, 0.01, 0.005};

    @Test
    void peakRatiosConvergeUnderRefinement() {
        double k = PhysicalConstants.J01 / R;
        double t = Math.sin(k * R / 2) / (k * R / 2);
        double epkExact = 1 / t;
        double bpkExact = Bessel.j1(1.8411837813406593) / (PhysicalConstants.SPEED_OF_LIGHT * t) * 1e9;
        System.out.printf(Locale.ROOT, "| order | h (mm) | elements | Epk/Eacc | rel. error | Bpk/Eacc (mT/(MV/m)) | rel. error |%n");
        System.out.printf(Locale.ROOT, "|---:|---:|---:|---:|---:|---:|---:|%n");
        for (int order = 2; order <= 4; order++) {
            double firstE = 0;
            double firstB = 0;
            double lastE = 0;
            double lastB = 0;
            for (double h : SIZES) {
                Mesh mesh = MeshGenerator.generate(Pillbox.closed(R, R).contour(), MeshSettings.of(order, h));
                Mode mode = new ModeSolver().solve(mesh, ModeRequest.lowest(1)).modes().get(0);
                FiguresOfMerit f = ModeAnalysis.of(mesh, mode, new MeritSettings(1e6, R, 1, new FixedResistance(1)))
                        .figures();
                double errE = Math.abs(f.peakElectricOverAccelerating() / epkExact - 1);
                double errB = Math.abs(f.peakFluxOverAccelerating() / bpkExact - 1);
                System.out.printf(Locale.ROOT, "| %d | %.0f | %d | %.10f | %.1e | %.10f | %.1e |%n", order, h * 1e3,
                        mesh.elementCount(), f.peakElectricOverAccelerating(), errE, f.peakFluxOverAccelerating(), errB);
                if (h == SIZES[0]) {
                    firstE = errE;
                    firstB = errB;
                }
                lastE = errE;
                lastB = errB;
            }
            assertTrue(lastE < firstE / 10, "Epk/Eacc error " + firstE + " -> " + lastE);
            assertTrue(lastB < firstB / 10, "Bpk/Eacc error " + firstB + " -> " + lastB);
        }
        System.out.printf(Locale.ROOT, "exact: Epk/Eacc = %.10f, Bpk/Eacc = %.10f mT/(MV/m)%n", epkExact, bpkExact);
    }
}
