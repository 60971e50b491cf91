package org.cavityfem.tools.output;

import java.util.List;
import java.util.Optional;
import org.cavityfem.postproc.merit.ModeAnalysis;
import org.cavityfem.postproc.passband.Passband;
import org.cavityfem.solver.ModeSolution;
import org.cavityfem.tools.cases.CaseDefinition;

/**
 * Everything a finished run reports.
 *
 * @param caseFile the case file as the user named it
 * @param resolved the case as computed, every default filled in
 * @param solution the mesh and modes
 * @param modes the per-mode rows, one per mode of the solution
 * @param timing wall time per stage (s)
 * @param passband the TM010 passband of a multi-cell cavity, when found
 * @param analyses figures of merit and wall tables, one per mode in the order of {@code modes};
 *     empty when they were not computed
 */
public record RunReport(String caseFile, CaseDefinition resolved, ModeSolution solution, List<ModeRow> modes,
        StageTimes timing, Optional<Passband> passband, List<ModeAnalysis> analyses) {

    public RunReport {
        modes = List.copyOf(modes);
        analyses = List.copyOf(analyses);
    }

    /** A report without figures of merit. */
    public RunReport(String caseFile, CaseDefinition resolved, ModeSolution solution, List<ModeRow> modes,
            StageTimes timing, Optional<Passband> passband) {
        this(caseFile, resolved, solution, modes, timing, passband, List.of());
    }

    /** A report without a passband or figures of merit. */
    public RunReport(String caseFile, CaseDefinition resolved, ModeSolution solution, List<ModeRow> modes,
            StageTimes timing) {
        this(caseFile, resolved, solution, modes, timing, Optional.empty());
    }

    /** File name of the resolved case inside the result folder. */
    public String resolvedFileName() {
        return resolved.name() + "_resolved.json";
    }
}
