package org.cavityfem.tools.tune;

import java.util.Optional;
import org.cavityfem.mesh.Mesh;
import org.cavityfem.mesh.MeshGenerator;
import org.cavityfem.postproc.passband.Passband;
import org.cavityfem.solver.ModeSolution;
import org.cavityfem.solver.ModeSolver;
import org.cavityfem.tools.cases.CaseDefinition;
import org.cavityfem.tools.cases.EllipticalGeometry;
import org.cavityfem.tools.run.PassbandStep;
import org.cavityfem.tools.run.Progress;

/**
 * Meshes and solves one variant of an elliptical case: the case's resolved mesh settings (so the
 * element size stays fixed while the geometry moves) and mode request, then its passband.
 */
final class CaseEvaluator {

    private final CaseDefinition resolved;
    private final ModeSolver solver;

    /**
     * @param resolved the case, its element size resolved
     * @param solver the mode solver
     */
    CaseEvaluator(CaseDefinition resolved, ModeSolver solver) {
        this.resolved = resolved;
        this.solver = solver;
    }

    /**
     * The modes of the case with another geometry.
     *
     * @throws IllegalArgumentException (an InvalidGeometryException) when the geometry is invalid
     */
    Evaluation evaluate(EllipticalGeometry geometry) {
        CaseDefinition c = resolved.withGeometry(geometry);
        Mesh mesh = MeshGenerator.generate(geometry.cavity().contour(), c.mesh().settings());
        ModeSolution solution = solver.solve(mesh, c.solver().request());
        Optional<Passband> passband = PassbandStep.analyse(c, solution, solver, Progress.silent());
        if (PassbandStep.applies(c) && passband.isEmpty()) {
            throw new TuneException("the TM010 passband was not found among the modes of the case (solver.modes "
                    + "must be at least the number of cells; the chain needs beam pipes or magnetic end planes)");
        }
        return new Evaluation(solution, passband);
    }

    /**
     * One solved variant.
     *
     * @param solution its modes
     * @param passband its passband, when the case has one and it was found
     */
    record Evaluation(ModeSolution solution, Optional<Passband> passband) {

        /** The tuned frequency (Hz): the π-mode of the passband, otherwise the lowest mode computed. */
        double frequency() {
            return passband.map(p -> p.piMode().frequency()).orElse(solution.modes().get(0).frequency());
        }
    }
}
