package org.cavityfem.study;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import org.cavityfem.analysis.field.ModeField;
import org.cavityfem.analysis.field.ModeLabels;
import org.cavityfem.analysis.passband.CellCoupling;
import org.cavityfem.analysis.passband.Passband;
import org.cavityfem.analysis.passband.PassbandAnalysis;
import org.cavityfem.casefile.CaseDefinition;
import org.cavityfem.casefile.CellChain;
import org.cavityfem.mesh.Mesh;
import org.cavityfem.mesh.MeshSettings;
import org.cavityfem.solver.Mode;
import org.cavityfem.solver.ModeSolution;

/**
 * The passband step of a study: for a geometry with a cell chain (a whole elliptical cavity of two
 * or more cells), finds the TM010 passband among the computed modes and attaches the coupling of
 * the periodic mid-cell, whose 0- and π-mode cells the study solves with the case's mesh settings.
 * Other geometries have no passband.
 */
public final class PassbandStep {

    /** Stage name in {@code timing_s}. */
    public static final String STAGE = "passband";

    private PassbandStep() {
    }

    /** True when the case's geometry has a passband to find. */
    public static boolean applies(CaseDefinition c) {
        return c.geometry().hasPassband();
    }

    /**
     * The passband of a solved case, or empty (with a warning) when it does not apply or is not
     * among the computed modes.
     *
     * @param study the study that solves the periodic mid-cell
     */
    static Optional<Passband> analyse(CaseDefinition c, ModeSolution solution, Study study,
            StudyListener progress) {
        Optional<CellChain> found = c.geometry().cellChain();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        CellChain chain = found.get();
        Optional<String> noPiMode = chain.noPiModeReason();
        if (noPiMode.isPresent()) {
            progress.warn("no passband: " + noPiMode.get());
            return Optional.empty();
        }
        PassbandAnalysis.Result result = find(solution, chain.irisPlanes());
        if (result.passband().isEmpty()) {
            progress.warn("no passband: " + result.reason());
            return Optional.empty();
        }
        CellCoupling periodic = study.periodicCell(chain.midCell(), cellSettings(c, chain));
        Passband passband = result.passband().get().withPeriodicCell(periodic);
        progress.stage(STAGE, String.format(Locale.ROOT,
                "%d modes, k_cc %.4f %% (passband), %.4f %% (periodic mid-cell), flatness %.2f %%",
                passband.cells(), 100 * passband.coupling(), 100 * periodic.coupling(), 100 * passband.fieldFlatness()));
        return Optional.of(passband);
    }

    /** The mesh settings of the periodic mid-cell's two cells: the case's, with elements no longer than two cells. */
    static MeshSettings cellSettings(CaseDefinition c, CellChain chain) {
        MeshSettings settings = c.mesh().settings();
        double cellSize = 2 * chain.midCell().length();
        return settings.withElementSize(Math.min(settings.elementSize(), cellSize));
    }

    /**
     * The frequency of the passband's π-mode among the modes of a solution, found as {@link #analyse}
     * finds it but silently and without the periodic mid-cell: what the figures' active length needs,
     * so that the refinement loop analyses its modes with the active lengths of the final run (Hz).
     * Empty when {@link #analyse} would find no passband.
     */
    static OptionalDouble piModeFrequency(CaseDefinition c, ModeSolution solution) {
        Optional<CellChain> chain = c.geometry().cellChain();
        if (chain.isEmpty() || chain.get().noPiModeReason().isPresent()) {
            return OptionalDouble.empty();
        }
        Optional<Passband> band = find(solution, chain.get().irisPlanes()).passband();
        return band.isEmpty() ? OptionalDouble.empty()
                : OptionalDouble.of(solution.modes().get(band.get().piMode().modeIndex()).frequency());
    }

    /**
     * The TM010 passband among the modes of a solution, without the periodic mid-cell.
     *
     * @param irisPlanes z of the N + 1 iris planes (m)
     */
    public static PassbandAnalysis.Result find(ModeSolution solution, double[] irisPlanes) {
        Mesh mesh = solution.mesh();
        List<ModeField> fields = new ArrayList<>();
        for (Mode m : solution.modes()) {
            fields.add(ModeField.of(mesh, m));
        }
        return PassbandAnalysis.analyse(fields, irisPlanes);
    }

    /**
     * Per-mode labels: the phase advance of a passband mode, {@code TM0np} or {@code TM0#k} otherwise
     * ({@link ModeLabels}).
     */
    static List<String> labels(ModeSolution solution, Optional<Passband> passband) {
        List<String> plain = ModeLabels.of(solution.mesh(), solution.modes());
        List<String> out = new ArrayList<>();
        for (Mode m : solution.modes()) {
            out.add(passband.flatMap(p -> p.labelOf(m.index())).orElse(plain.get(m.index())));
        }
        return List.copyOf(out);
    }
}
