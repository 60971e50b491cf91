package org.cavityfem.validation.elliptic;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.cavityfem.mesh.MeshGenerator;
import org.cavityfem.mesh.MeshSettings;
import org.cavityfem.mesh.build.BeamPipe;
import org.cavityfem.mesh.build.EllipticalCavity;
import org.cavityfem.mesh.build.EllipticalHalfCell;
import org.cavityfem.mesh.geometry.BoundaryKind;
import org.cavityfem.mesh.geometry.Contour;
import org.cavityfem.solver.Mode;
import org.cavityfem.solver.ModeRequest;
import org.cavityfem.solver.ModeSolver;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The nine passband frequencies of the TESLA 9-cell cavity (Table II of Aune et al., PRSTAB 3,
 * 092001 (2000), 140 mm pipes) at the shipped case's mesh (order 5, 30 mm, 25° per wall edge)
 * against order 5 at 10 mm and 7.5° (three times finer): the target is 1e-8.
 */
@Tag("slow")
class TeslaPassbandConvergenceTest {

    @Test
    void everyPassbandFrequencyIsConvergedToOneInTenToTheEight() {
        EllipticalHalfCell mid = new EllipticalHalfCell(0.1033, 0.035, 0.042, 0.042, 0.012, 0.019, 0.0577);
        EllipticalHalfCell end1 = new EllipticalHalfCell(0.1033, 0.039, 0.0403, 0.0403, 0.010, 0.0135, 0.056);
        EllipticalHalfCell end2 = new EllipticalHalfCell(0.1033, 0.039, 0.042, 0.042, 0.009, 0.0128, 0.057);
        BeamPipe pipe = new BeamPipe(0.039, 0.14);
        Contour contour = new EllipticalCavity(9, mid, end1, end2, Optional.of(pipe), Optional.of(pipe),
                BoundaryKind.METAL, Optional.empty()).contour();
        List<Mode> coarse = solve(contour, new MeshSettings(5, 0.03, 25, Math.toRadians(25), 1.3));
        List<Mode> fine = solve(contour, new MeshSettings(5, 0.01, 25, Math.toRadians(7.5), 1.3));
        for (int i = 0; i < 9; i++) {
            double rel = Math.abs(coarse.get(i).frequency() - fine.get(i).frequency()) / fine.get(i).frequency();
            assertTrue(rel < 1e-8, "mode " + i + ": " + rel);
        }
    }

    private static List<Mode> solve(Contour contour, MeshSettings settings) {
        return new ModeSolver().solve(MeshGenerator.generate(contour, settings), ModeRequest.lowest(9)).modes();
    }
}
