package org.cavityfem.study;

import java.util.List;
import org.cavityfem.casefile.CaseDefinition;
import org.cavityfem.solver.eigen.InertiaCheck;

/**
 * The result of a case asking for TE0 modes or modes of order m ≥ 1 (design.md §2.10–2.12): the
 * modes with their labels and, for m ≥ 1, transverse figures; the inertia proof and the gradient
 * kernel's dimension. Wall tables and the monopole figures of merit are not computed for these.
 *
 * @param caseFile the case file read
 * @param resolved the resolved case
 * @param mesh mesh statistics
 * @param modes the modes, ascending
 * @param inertia the Sylvester check over the computed window
 * @param kernelDimension dimension of the gradient kernel (k = 0) kept out of the modes; 0 for TE0
 * @param unknowns order of the pencil
 * @param assemblySeconds numbering and assembly (s)
 * @param eigenSeconds window search, eigen solve and inertia checks (s)
 */
public record AzimuthalStudyResult(String caseFile, CaseDefinition resolved, MeshStatistics mesh,
        List<AzimuthalModeRow> modes, InertiaCheck inertia, int kernelDimension, int unknowns, double assemblySeconds,
        double eigenSeconds) {
}
