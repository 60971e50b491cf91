package org.cavityfem.output;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cavityfem.analysis.merit.ModeAnalysis;
import org.cavityfem.analysis.passband.Passband;
import org.cavityfem.analysis.superconducting.ModeSurface;
import org.cavityfem.casefile.CaseDefinition;
import org.cavityfem.solver.Mode;
import org.cavityfem.solver.ModeSolution;
import org.cavityfem.study.MeshStatistics;
import org.cavityfem.study.StageTimes;
import org.cavityfem.study.StudyResult;

/**
 * A study's result as the writers report it: the study, its per-mode rows and the stage times
 * including the writers' own.
 *
 * @param study what was computed
 * @param modes the per-mode rows, one per mode of the solution, labelled as the study labelled them
 * @param timing wall time per stage (s), the study's and the writers'
 */
public record RunReport(StudyResult study, List<ModeRow> modes, StageTimes timing) {

    public RunReport {
        modes = List.copyOf(modes);
    }

    /**
     * A report of modes alone, without a passband or figures of merit.
     *
     * @param caseFile the case file as the user named it
     * @param resolved the case as computed
     * @param solution the mesh and modes
     * @param modes the per-mode rows, one per mode of the solution
     * @param timing wall time per stage (s)
     */
    public RunReport(String caseFile, CaseDefinition resolved, ModeSolution solution, List<ModeRow> modes,
            StageTimes timing) {
        this(new StudyResult(caseFile, resolved, solution.mesh().contour(), MeshStatistics.of(solution.mesh()),
                solution, modes.stream().map(ModeRow::label).toList(), Optional.empty(), List.of(), List.of(), timing,
                0), modes, timing);
    }

    /** The report of a study with the given stage times. */
    public static RunReport of(StudyResult study, StageTimes timing) {
        List<ModeRow> rows = new ArrayList<>();
        List<Mode> modes = study.solution().modes();
        for (int i = 0; i < modes.size(); i++) {
            Mode m = modes.get(i);
            rows.add(new ModeRow(m.index(), study.labels().get(i), m.frequency(), m.waveNumber(),
                    m.relativeResidual()));
        }
        return new RunReport(study, rows, timing);
    }

    /** The case file as the user named it. */
    public String caseFile() {
        return study.caseFile();
    }

    /** The case as computed, every default filled in. */
    public CaseDefinition resolved() {
        return study.resolved();
    }

    /** The mesh and modes. */
    public ModeSolution solution() {
        return study.solution();
    }

    /** The TM010 passband of a multi-cell cavity, when found. */
    public Optional<Passband> passband() {
        return study.passband();
    }

    /** Figures of merit and wall tables, one per mode in the order of {@link #modes}; empty when not computed. */
    public List<ModeAnalysis> analyses() {
        return study.analyses();
    }

    /** The skin-layer results, one per analysed mode. */
    public List<ModeSurface> surfaces() {
        return study.surfaces();
    }

    /** File name of the resolved case inside the result folder. */
    public String resolvedFileName() {
        return resolved().name() + "_resolved.json";
    }
}
