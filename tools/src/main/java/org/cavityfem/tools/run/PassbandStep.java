package org.cavityfem.tools.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.cavityfem.mesh.MeshSettings;
import org.cavityfem.mesh.build.EllipticalCavity;
import org.cavityfem.mesh.geometry.BoundaryKind;
import org.cavityfem.postproc.field.ModeField;
import org.cavityfem.postproc.passband.CellCoupling;
import org.cavityfem.postproc.passband.Passband;
import org.cavityfem.postproc.passband.PassbandAnalysis;
import org.cavityfem.solver.Mode;
import org.cavityfem.solver.ModeSolution;
import org.cavityfem.solver.ModeSolver;
import org.cavityfem.tools.cases.CaseDefinition;
import org.cavityfem.tools.cases.EllipticalGeometry;
import org.cavityfem.tools.output.ModeRow;

/**
 * The passband step of a run: for a whole elliptical cavity of two or more cells, finds the
 * TM010 passband among the computed modes and the coupling of the periodic mid-cell (its 0- and
 * π-mode cells solved with the case's mesh settings). Other geometries have no passband.
 */
public final class PassbandStep {

    /** Stage name in {@code timing_s}. */
    public static final String STAGE = "passband";

    private PassbandStep() {
    }

    /** True when the case describes a whole cavity of two or more elliptical cells. */
    public static boolean applies(CaseDefinition c) {
        return c.geometry() instanceof EllipticalGeometry g && g.cells() >= 2 && g.midPlane().isEmpty();
    }

    /**
     * True when the chain ends in beam pipes or magnetic planes, whose standing waves are the
     * passband of phases π/N .. π this analysis labels.
     */
    public static boolean openEnds(EllipticalGeometry g) {
        return g.beamPipe().isPresent() || g.endPlanes() == BoundaryKind.MAGNETIC;
    }

    /**
     * The passband of a solved case, or empty (with a warning) when it does not apply or is not
     * among the computed modes.
     */
    public static Optional<Passband> analyse(CaseDefinition c, ModeSolution solution, ModeSolver solver,
            Progress progress) {
        if (!applies(c)) {
            return Optional.empty();
        }
        EllipticalGeometry g = (EllipticalGeometry) c.geometry();
        if (!openEnds(g)) {
            // Metal or electric planes at the end irises give the other family of standing waves,
            // phases 0 .. (N − 1)π/N with cell amplitudes cos(mπ(j − ½)/N): no π-mode to label.
            progress.warn("no passband: a chain closed by " + g.endPlanes().key() + " planes at its end irises has "
                    + "the 0-mode family of standing waves (no pi-mode); give it beam pipes or magnetic end planes");
            return Optional.empty();
        }
        EllipticalCavity cavity = g.cavity();
        List<ModeField> fields = new ArrayList<>();
        for (Mode m : solution.modes()) {
            fields.add(ModeField.of(solution.mesh(), m));
        }
        PassbandAnalysis.Result result = PassbandAnalysis.analyse(fields, cavity.irisPlanes());
        if (result.passband().isEmpty()) {
            progress.warn("no passband: " + result.reason());
            return Optional.empty();
        }
        MeshSettings settings = c.mesh().settings();
        double cellSize = 2 * g.midCell().length();
        MeshSettings cellSettings = settings.withElementSize(Math.min(settings.elementSize(), cellSize));
        CellCoupling periodic = CellCoupling.solve(
                EllipticalCavity.periodicCell(g.midCell(), BoundaryKind.ELECTRIC).contour(),
                EllipticalCavity.periodicCell(g.midCell(), BoundaryKind.MAGNETIC).contour(), cellSettings, solver);
        Passband passband = result.passband().get().withPeriodicCell(periodic);
        progress.stage(STAGE, String.format(Locale.ROOT,
                "%d modes, k_cc %.4f %% (passband), %.4f %% (periodic mid-cell), flatness %.2f %%",
                passband.cells(), 100 * passband.coupling(), 100 * periodic.coupling(), 100 * passband.fieldFlatness()));
        return Optional.of(passband);
    }

    /** The rows with the passband modes labelled by phase advance. */
    public static List<ModeRow> labelled(List<ModeRow> rows, Optional<Passband> passband) {
        if (passband.isEmpty()) {
            return rows;
        }
        List<ModeRow> out = new ArrayList<>();
        for (ModeRow r : rows) {
            String label = passband.get().labelOf(r.index()).orElse(r.label());
            out.add(new ModeRow(r.index(), label, r.frequency(), r.waveNumber(), r.relativeResidual()));
        }
        return List.copyOf(out);
    }
}
