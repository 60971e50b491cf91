package org.cavityfem.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cavityfem.analysis.field.ModeField;
import org.cavityfem.analysis.passband.CellCoupling;
import org.cavityfem.analysis.passband.Passband;
import org.cavityfem.analysis.passband.PassbandAnalysis;
import org.cavityfem.analysis.passband.PassbandMode;
import org.cavityfem.mesh.Mesh;
import org.cavityfem.mesh.MeshGenerator;
import org.cavityfem.mesh.MeshSettings;
import org.cavityfem.mesh.build.EllipticalCavity;
import org.cavityfem.mesh.build.EllipticalHalfCell;
import org.cavityfem.mesh.geometry.BoundaryKind;
import org.cavityfem.solver.Mode;
import org.cavityfem.solver.ModeRequest;
import org.cavityfem.solver.ModeSolution;
import org.cavityfem.solver.ModeSolver;
import org.junit.jupiter.api.Test;

/**
 * Three TESLA mid-cells closed by magnetic planes at the outer irises. The π-mode of the infinite
 * periodic chain has H_phi = 0 on every iris plane, so restricted to three cells it satisfies the
 * end conditions: it is the π-mode of this chain, with the frequency of the single periodic cell and
 * the same field (up to sign) in every cell, i.e. flatness 1. The periodic cell is the study's
 * companion study of the mid-cell.
 */
class PeriodicChainTest {

    private static final EllipticalHalfCell MID = new EllipticalHalfCell(0.1033, 0.035, 0.042, 0.042, 0.012, 0.019,
            0.0577);
    private static final MeshSettings SETTINGS = new MeshSettings(4, 0.02, 25, Math.toRadians(15), 1.3);

    @Test
    void chainOfMidCellsHasThePeriodicPiModeAndAFlatField() {
        EllipticalCavity chain = new EllipticalCavity(3, MID, MID, MID, Optional.empty(), Optional.empty(),
                BoundaryKind.MAGNETIC, Optional.empty());
        Mesh mesh = MeshGenerator.generate(chain.contour(), SETTINGS);
        ModeSolution solution = new ModeSolver().solve(mesh, ModeRequest.lowest(3));
        List<ModeField> fields = new ArrayList<>();
        for (Mode m : solution.modes()) {
            fields.add(ModeField.of(mesh, m));
        }
        Passband band = PassbandAnalysis.analyse(fields, chain.irisPlanes()).passband().orElseThrow();
        assertEquals(List.of("TM010-pi/3", "TM010-2pi/3", "TM010-pi"),
                band.modes().stream().map(PassbandMode::label).toList());

        CellCoupling cell = new Study(new ModeSolver()).periodicCell(MID, SETTINGS);
        // Same mode on two meshes of the same resolution: agreement at the discretisation level.
        assertEquals(cell.piModeFrequency(), band.piMode().frequency(), 1e-8 * cell.piModeFrequency());
        // The per-cell peaks come from E_z = 2 ∂H/∂r / (ωε0) on the axis: a derivative, accurate to
        // about h^p pointwise (2e-4 here, 1e-6 at order 6: it varies with the unstructured mesh of each cell), not h^{2p}.
        assertEquals(1, band.fieldFlatness(), 5e-4);
        // The coupled-oscillator fit only approximates the true dispersion curve: its f_0 lands within
        // a few per cent of k_cc of the periodic 0-mode.
        assertEquals(cell.coupling(), band.coupling(), 0.03 * cell.coupling());
        assertTrue(band.dispersion().rmsRelativeResidual() < 1e-4);
    }
}
