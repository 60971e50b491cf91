package org.cavityfem.paper;

import java.util.ArrayList;
import java.util.List;
import org.cavityfem.analysis.field.AxisProfile;
import org.cavityfem.analysis.field.ModeField;
import org.cavityfem.analysis.material.Superconductor;
import org.cavityfem.analysis.superconducting.ExactPillbox;
import org.cavityfem.analysis.superconducting.FiniteElementWall;
import org.cavityfem.analysis.superconducting.SurfaceProfile;
import org.cavityfem.analysis.superconducting.SurfaceSummary;
import org.cavityfem.analysis.superconducting.WallFields;
import org.cavityfem.analysis.wall.WallTable;
import org.cavityfem.mesh.MeshSettings;
import org.cavityfem.mesh.build.EllipticalCavity;
import org.cavityfem.mesh.build.EllipticalHalfCell;
import org.cavityfem.mesh.build.Pillbox;
import org.cavityfem.mesh.geometry.BoundaryKind;
import org.cavityfem.paper.model.CavityColumn;
import org.cavityfem.solver.ModeRequest;
import org.cavityfem.solver.ModeSolution;
import org.cavityfem.study.Study;

/** The cavity columns of {@code cavity paper}: the exact pillbox, then the finite-element cavities. */
public final class PaperColumns {

    /** Intervals per wall of the exact pillbox's sampled fields (the enclosed charge is integrated by trapezoids). */
    public static final int EXACT_SAMPLES_PER_WALL = 4000;
    /** Element order of the finite-element columns. */
    public static final int FEM_ORDER = 4;
    /** Element size of the finite-element pillbox (m). */
    public static final double PILLBOX_ELEMENT_SIZE = 0.02;
    /** Element size of the finite-element TESLA cavity (m). */
    public static final double TESLA_ELEMENT_SIZE = 0.01;

    private PaperColumns() {
    }

    /** The exact TM010 pillbox r0 = l0 = 0.115 m, E_acc = E_c/√2 as in the paper. */
    public static CavityColumn exactPillbox(Superconductor material, double temperature) {
        SurfaceProfile profile = SurfaceProfile.of(
                ExactPillbox.paper().wallFields(1e6, EXACT_SAMPLES_PER_WALL), material);
        return new CavityColumn("exact pillbox", CavityColumn.Kind.PILLBOX, SurfaceSummary.of(profile, temperature));
    }

    /**
     * The finite-element TM010 pillbox r0 = l0 = 0.115 m, order 4, E_acc = E_c/√2 as in the paper.
     *
     * @param study the study that meshes and solves the cavity
     * @param elementSize element size (m)
     */
    public static CavityColumn femPillbox(Study study, Superconductor material, double temperature,
            double elementSize) {
        ModeSolution solution = study.solve(Pillbox.closed(ExactPillbox.paper().radius(), ExactPillbox.paper().gap())
                .contour(), MeshSettings.of(FEM_ORDER, elementSize), ModeRequest.lowest(1)).solution();
        ModeField field = ModeField.of(solution.mesh(), solution.modes().get(0));
        WallFields wall = FiniteElementWall.paperDefinition(WallTable.of(field), AxisProfile.of(field));
        return new CavityColumn("FEM pillbox", CavityColumn.Kind.PILLBOX,
                SurfaceSummary.of(SurfaceProfile.of(wall, material), temperature));
    }

    /**
     * The TESLA mid-cell (Aune et al., Phys. Rev. ST Accel. Beams 3, 092001 (2000), Table II) as one
     * cell of the periodic chain with magnetic iris planes: the π-mode with a perfectly flat field, the
     * limit the cavity's tuned mid-cells reach. E_acc = V_acc(β = 1)/(cell length), as the 295 Ω of the
     * paper's ref. [2] uses.
     *
     * @param study the study that meshes and solves the cavity
     * @param elementSize element size (m)
     */
    public static CavityColumn femTesla(Study study, Superconductor material, double temperature,
            double elementSize) {
        EllipticalHalfCell mid = new EllipticalHalfCell(0.1033, 0.035, 0.042, 0.042, 0.012, 0.019, 0.0577);
        EllipticalCavity cell = EllipticalCavity.periodicCell(mid, BoundaryKind.MAGNETIC);
        MeshSettings settings = new MeshSettings(FEM_ORDER, elementSize, MeshSettings.DEFAULT_MIN_ANGLE_DEG,
                Math.toRadians(10), MeshSettings.DEFAULT_GRADING);
        ModeSolution solution = study.solve(cell.contour(), settings, ModeRequest.lowest(1)).solution();
        ModeField field = ModeField.of(solution.mesh(), solution.modes().get(0));
        WallFields wall = FiniteElementWall.voltageDefinition(WallTable.of(field), AxisProfile.of(field),
                cell.cellsLength());
        return new CavityColumn("FEM TESLA", CavityColumn.Kind.TESLA,
                SurfaceSummary.of(SurfaceProfile.of(wall, material), temperature));
    }

    /** All columns: exact pillbox, FEM pillbox, FEM TESLA. */
    public static List<CavityColumn> all(Study study, Superconductor material, double temperature) {
        List<CavityColumn> columns = new ArrayList<>();
        columns.add(exactPillbox(material, temperature));
        columns.add(femPillbox(study, material, temperature, PILLBOX_ELEMENT_SIZE));
        columns.add(femTesla(study, material, temperature, TESLA_ELEMENT_SIZE));
        return columns;
    }
}
