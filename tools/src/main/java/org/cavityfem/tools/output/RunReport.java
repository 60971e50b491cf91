package org.cavityfem.tools.output;

import java.util.List;
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
 */
public record RunReport(String caseFile, CaseDefinition resolved, ModeSolution solution, List<ModeRow> modes,
        StageTimes timing) {

    public RunReport {
        modes = List.copyOf(modes);
    }

    /** File name of the resolved case inside the result folder. */
    public String resolvedFileName() {
        return resolved.name() + "_resolved.json";
    }
}
