package org.cavityfem.validation.hom;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.cavityfem.analysis.hom.FieldCharacter;
import org.cavityfem.mesh.Mesh;
import org.cavityfem.mesh.MeshGenerator;
import org.cavityfem.mesh.MeshSettings;
import org.cavityfem.mesh.build.Pillbox;
import org.cavityfem.solver.hom.AzimuthalModeSolver;
import org.cavityfem.solver.hom.AzimuthalSolution;
import org.junit.jupiter.api.Test;

/**
 * TM-like / TE-like labels of the pillbox's m = 1 modes against their analytic families (Jackson
 * §8.7, see {@link AzimuthalPillboxTest}): a TM_1np mode has H_z = 0, so its magnetic share is 0 and,
 * at the instant of peak E, E = E_z ẑ + E_t with the share of E_z known; a TE_1np mode has E_z = 0.
 * For TM110 (p = 0) the electric field is E_z alone: electric share 1.
 */
class FieldCharacterTest {

    private static final double R = 0.115;

    private record Analytic(double k, boolean tm) {
    }

    @Test
    void pillboxDipoleModesAreLabelledByTheirFamily() {
        List<Analytic> exact = new ArrayList<>();
        for (double j : BesselRoots.roots(x -> BesselRoots.besselJ(1, x), 0.5, 8)) {
            for (int p = 0; p * Math.PI < 8; p++) {
                exact.add(new Analytic(Math.hypot(j, p * Math.PI), true));
            }
        }
        for (double j : BesselRoots.roots(x -> BesselRoots.besselJPrime(1, x), 0.5, 8)) {
            for (int p = 1; p * Math.PI < 8; p++) {
                exact.add(new Analytic(Math.hypot(j, p * Math.PI), false));
            }
        }
        exact.removeIf(a -> a.k() >= 8);
        exact.sort(Comparator.comparingDouble(Analytic::k));
        Mesh mesh = MeshGenerator.generate(Pillbox.closed(R, R).contour(), MeshSettings.of(5, R / 4));
        AzimuthalSolution s = new AzimuthalModeSolver().lowest(mesh, 1, exact.size(), 1e-13);
        for (int i = 0; i < exact.size(); i++) {
            FieldCharacter c = FieldCharacter.of(mesh, s.dofs(), 1, s.modes().get(i));
            System.out.printf("m=1 #%d kR=%.6f %s: electric share %.9f, magnetic share %.9f%n", i + 1,
                    exact.get(i).k(), c.label(1, i + 1), c.electricShare(), c.magneticShare());
            assertEquals(exact.get(i).tm(), c.tmLike(), "mode " + (i + 1));
            if (exact.get(i).tm()) {
                assertEquals(0, c.magneticShare(), 1e-8);
            } else {
                assertEquals(0, c.electricShare(), 1e-8);
            }
        }
        assertEquals(1, FieldCharacter.of(mesh, s.dofs(), 1, s.modes().get(1)).electricShare(), 1e-8);
        assertEquals("TE-like m=1 #1", FieldCharacter.of(mesh, s.dofs(), 1, s.modes().get(0)).label(1, 1));
    }
}
