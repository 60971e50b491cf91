package org.cavityfem.validation.surface;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cavityfem.analysis.field.AxisProfile;
import org.cavityfem.analysis.field.ModeField;
import org.cavityfem.analysis.material.Materials;
import org.cavityfem.analysis.superconducting.FiniteElementWall;
import org.cavityfem.analysis.superconducting.SkinLayer;
import org.cavityfem.analysis.superconducting.SurfaceProfile;
import org.cavityfem.analysis.superconducting.SurfaceSummary;
import org.cavityfem.analysis.wall.WallTable;
import org.cavityfem.mesh.Mesh;
import org.cavityfem.mesh.MeshGenerator;
import org.cavityfem.mesh.MeshSettings;
import org.cavityfem.mesh.build.Pillbox;
import org.cavityfem.solver.ModeRequest;
import org.cavityfem.solver.ModeSolution;
import org.cavityfem.solver.ModeSolver;
import org.junit.jupiter.api.Test;

/**
 * The skin-layer figures of the finite-element TM010 pillbox (r0 = l0 = 0.115 m, niobium, E_acc =
 * E_c/√2) against the closed forms: H_pk = (√2/η0) J1(1.84118) per E_acc at r = 0.7656 r0,
 * q0 = 2π ε0 √2 r0² J1(j01)/j01 per E_acc, E_c ε0/σ(0) = 1 (E_z = E0 J0(kr), H_phi = (E0/η0) J1(kr),
 * k = j01/r0; J1(j01) = 0.5191474972894669, J1(1.8411837813406593) = 0.5818652242815963,
 * Abramowitz & Stegun Tables 9.1 and 9.5). The errors fall as the mesh is refined.
 */
class PillboxSurfaceConvergenceTest {

    private static final double R = 0.115;
    private static final double EPS0 = 8.8541878128e-12;
    private static final double ETA0 = 1.25663706212e-6 * 299_792_458.0;
    private static final double J01 = 2.404825557695773;
    private static final double J1_AT_J01 = 0.5191474972894669;
    private static final double J1_MAX = 0.5818652242815963;

    private static final double PEAK_FIELD_PER_EACC = Math.sqrt(2) / ETA0 * J1_MAX;
    private static final double PLATE_CHARGE_PER_EACC = 2 * Math.PI * EPS0 * Math.sqrt(2) * R * R * J1_AT_J01 / J01;

    private static SurfaceSummary fem(double elementSize) {
        Mesh mesh = MeshGenerator.generate(Pillbox.closed(R, R).contour(), MeshSettings.of(4, elementSize));
        ModeSolution solution = new ModeSolver().solve(mesh, ModeRequest.lowest(1));
        ModeField field = ModeField.of(mesh, solution.modes().get(0));
        SurfaceProfile profile = SurfaceProfile.of(
                FiniteElementWall.paperDefinition(WallTable.of(field), AxisProfile.of(field)), Materials.niobium());
        return SurfaceSummary.of(profile, 2.0);
    }

    private static double[] errors(SurfaceSummary s) {
        return new double[] {
            Math.abs(s.peakSurfaceFieldPerEacc() / PEAK_FIELD_PER_EACC - 1),
            Math.abs(s.plateChargePerEacc() / PLATE_CHARGE_PER_EACC - 1),
            Math.abs(s.centreFieldCoefficient() - 1),
            s.continuityMismatch()
        };
    }

    @Test
    void finiteElementSurfaceFiguresConvergeToTheClosedForms() {
        double[] coarse = errors(fem(0.04));
        double[] fine = errors(fem(0.02));
        String[] names = {"H_pk", "q0", "E_c ε0/σ(0)", "I = ωq"};
        for (int i = 0; i < coarse.length; i++) {
            assertTrue(fine[i] < 1e-4, names[i] + " error " + fine[i]);
            assertTrue(fine[i] < coarse[i] || fine[i] < 1e-8, names[i] + ": " + coarse[i] + " -> " + fine[i]);
        }
        SurfaceSummary s = fem(0.02);
        assertEquals(J1_MAX_ARGUMENT_RATIO, s.peakCurrentSample().r() / R, 1e-3);
        double v0 = PEAK_FIELD_PER_EACC / (Materials.niobium().conductionElectronDensity() * 1.602176634e-19 * 40e-9);
        assertEquals(v0, s.velocityPerEacc(SkinLayer.SUPERCONDUCTING), 1e-4 * v0);
    }

    /** 1.8411837813406593/2.404825557695773: where J1(kr) peaks on the plate, over r0. */
    private static final double J1_MAX_ARGUMENT_RATIO = 1.8411837813406593 / J01;
}
