package org.cavityfem.analysis.field;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cavityfem.mesh.Mesh;
import org.cavityfem.mesh.MeshGenerator;
import org.cavityfem.mesh.MeshSettings;
import org.cavityfem.mesh.build.BeamPipe;
import org.cavityfem.mesh.build.EllipticalCavity;
import org.cavityfem.mesh.build.EllipticalHalfCell;
import org.cavityfem.mesh.build.Pillbox;
import org.cavityfem.solver.Mode;
import org.cavityfem.solver.ModeRequest;
import org.cavityfem.solver.ModeSolver;
import org.junit.jupiter.api.Test;

/**
 * Mode labels from the nodal structure of the field. The pillbox's TM0np modes have
 * k² = (j0n/R)² + (pπ/L)² (Jackson, Classical Electrodynamics, 3rd ed., §8.7); for R = L = 115 mm,
 * kR = 2.405 (TM010), 3.956 (TM011), 5.520 (TM020), 6.351 (TM021), 6.730 (TM012), 8.358 (TM022),
 * 8.654 (TM030), so the seven lowest modes are these, in this order.
 */
class ModeLabelsTest {

    private static final double R = 0.115;

    private static List<String> labels(Mesh mesh, int modes) {
        List<Mode> solved = new ModeSolver().solve(mesh, ModeRequest.lowest(modes)).modes();
        return ModeLabels.of(mesh, solved);
    }

    @Test
    void pillboxModesAreNamedByTheirClosedFormIndices() {
        Mesh mesh = MeshGenerator.generate(Pillbox.closed(R, R).contour(), MeshSettings.of(5, R / 8));
        assertEquals(List.of("TM010", "TM011", "TM020", "TM021", "TM012", "TM022", "TM030"), labels(mesh, 7));
    }

    @Test
    void aPillboxWithBeamPipesKeepsItsNames() {
        Mesh mesh = MeshGenerator.generate(new Pillbox(R, R, 0.03, 0.05).contour(), MeshSettings.of(5, R / 8));
        assertEquals(List.of("TM010", "TM011"), labels(mesh, 2));
    }

    /** Two TESLA cells (Aune et al. 2000, Table II mid half-cells): the iris between them is a second
     * maximum of the height, so no mode gets a pillbox name; the 0- and π-modes are ordinals. */
    @Test
    void twoCellsGetOrdinals() {
        EllipticalHalfCell mid = new EllipticalHalfCell(0.1033, 0.035, 0.042, 0.042, 0.012, 0.019, 0.0577);
        Mesh mesh = MeshGenerator.generate(EllipticalCavity.withPipes(2, mid, mid, new BeamPipe(0.035, 0.05))
                .contour(), MeshSettings.of(4, 0.03));
        assertEquals(List.of("TM0#1", "TM0#2"), labels(mesh, 2));
    }

    @Test
    void ordinalsCannotBeReadAsIndexTriples() {
        assertEquals("TM0#10", ModeLabels.ordinal("TM", 10));
        assertNotEquals("TM010", ModeLabels.ordinal("TM", 10));
        assertEquals("TE0#1", ModeLabels.ordinal("TE", 1));
        assertTrue(ModeLabels.ordinal("TM", 3).matches("[A-Za-z0-9#]+"), "file-name safe");
    }
}
