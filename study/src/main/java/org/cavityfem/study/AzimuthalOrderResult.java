package org.cavityfem.study;

import java.util.List;
import java.util.Optional;
import org.cavityfem.analysis.hom.AzimuthalFigures;
import org.cavityfem.casefile.SolverSpec;
import org.cavityfem.solver.ModeSolution;
import org.cavityfem.solver.eigen.InertiaCheck;
import org.cavityfem.solver.hom.AzimuthalSolution;

/**
 * The modes of one azimuthal order (and, for m = 0, family) of a TE0, m ≥ 1 or scan study.
 *
 * @param order the order solved
 * @param modes the modes, ascending, with their figures
 * @param inertia the Sylvester check over the computed window
 * @param kernelDimension dimension of the gradient kernel (k = 0) kept out of the modes; 0 for m = 0
 * @param unknowns order of the pencil
 * @param assemblySeconds numbering and assembly (s)
 * @param eigenSeconds window search, eigen solve and inertia checks (s)
 * @param figuresSeconds labels and figures of every mode (s)
 * @param azimuthal the m ≥ 1 solution with its eigenvectors (for the field files); empty for m = 0
 * @param monopole the m = 0 solution with its eigenvectors; empty for m ≥ 1
 */
public record AzimuthalOrderResult(SolverSpec.Order order, List<AzimuthalFigures> modes, InertiaCheck inertia,
        int kernelDimension, int unknowns, double assemblySeconds, double eigenSeconds, double figuresSeconds,
        Optional<AzimuthalSolution> azimuthal, Optional<ModeSolution> monopole) {

    public AzimuthalOrderResult {
        modes = List.copyOf(modes);
    }
}
