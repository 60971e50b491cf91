package org.cavityfem.study;

import java.util.List;
import java.util.Optional;
import org.cavityfem.analysis.accuracy.AccuracyReport;
import org.cavityfem.analysis.merit.ModeAnalysis;
import org.cavityfem.analysis.passband.Passband;
import org.cavityfem.analysis.superconducting.ModeSurface;
import org.cavityfem.casefile.CaseDefinition;
import org.cavityfem.mesh.Mesh;
import org.cavityfem.mesh.geometry.Contour;
import org.cavityfem.solver.ModeSolution;
import org.cavityfem.solver.eigen.InertiaCheck;

/**
 * Everything one study computed, for the writers and for callers that read the numbers directly.
 *
 * @param caseFile the case file as the user named it
 * @param resolved the case as computed, every default filled in
 * @param contour its wall contour
 * @param meshStatistics size and quality of the mesh
 * @param solution the mesh, the modes and the inertia check
 * @param labels per-mode names in the order of the solution's modes: the phase advance for a
 *     passband mode ({@code TM010-pi}), {@code TM0np} or {@code TM0#n} otherwise
 * @param passband the TM010 passband of a multi-cell cavity, when found
 * @param analyses figures of merit and wall tables at the case's E_acc, one per mode; empty when
 *     the study did not analyse the modes
 * @param surfaces the skin-layer results of every analysed mode, in the same order
 * @param timing wall time per stage (s), the keys of {@code timing_s}
 * @param seconds wall time of the whole study (s), reading the case included
 * @param accuracy the error estimate of every mode and the refinement history, when the study made them
 */
public record StudyResult(String caseFile, CaseDefinition resolved, Contour contour, MeshStatistics meshStatistics,
        ModeSolution solution, List<String> labels, Optional<Passband> passband, List<ModeAnalysis> analyses,
        List<ModeSurface> surfaces, StageTimes timing, double seconds, Optional<AccuracyReport> accuracy) {

    /** A result without error estimates. */
    public StudyResult(String caseFile, CaseDefinition resolved, Contour contour, MeshStatistics meshStatistics,
            ModeSolution solution, List<String> labels, Optional<Passband> passband, List<ModeAnalysis> analyses,
            List<ModeSurface> surfaces, StageTimes timing, double seconds) {
        this(caseFile, resolved, contour, meshStatistics, solution, labels, passband, analyses, surfaces, timing,
                seconds, Optional.empty());
    }

    public StudyResult {
        labels = List.copyOf(labels);
        analyses = List.copyOf(analyses);
        surfaces = List.copyOf(surfaces);
        timing = timing.copy();
    }

    /** The mesh. */
    public Mesh mesh() {
        return solution.mesh();
    }

    /** The inertia check of the eigen solve: how many modes lie in the searched window. */
    public InertiaCheck inertia() {
        return solution.inertia();
    }

    /** The stage times, as a copy to which a writer can add its own stages. */
    @Override
    public StageTimes timing() {
        return timing.copy();
    }
}
