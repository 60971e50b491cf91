package org.cavityfem.study.tune;

import org.cavityfem.casefile.CaseDefinition;
import org.cavityfem.casefile.Geometry;
import org.cavityfem.study.PassbandStep;
import org.cavityfem.study.Study;
import org.cavityfem.study.StudyResult;
import org.cavityfem.study.adapt.AdaptiveSolve;

/**
 * Studies one variant of a case: the case's resolved mesh settings (so the element size stays
 * fixed while the geometry moves) and mode request, then its passband.
 */
final class CaseEvaluator {

    private final CaseDefinition resolved;
    private final Study study;

    /**
     * @param resolved the case, its element size resolved
     * @param study the study that meshes and solves each variant
     */
    CaseEvaluator(CaseDefinition resolved, Study study) {
        this.resolved = resolved;
        this.study = study;
    }

    /**
     * The modes of the case with another geometry.
     *
     * @throws IllegalArgumentException (an InvalidGeometryException) when the geometry is invalid
     */
    Evaluation evaluate(Geometry geometry) {
        CaseDefinition c = resolved.withGeometry(geometry);
        StudyResult result = study.modes(c);
        if (PassbandStep.applies(c) && result.passband().isEmpty()) {
            throw new TuneException("the TM010 passband was not found among the modes of the case (solver.modes "
                    + "must be at least the number of cells; the chain needs beam pipes or magnetic end planes)");
        }
        return new Evaluation(result);
    }

    /**
     * Why the tuned frequency of an evaluated variant gets no error estimate, or null when it gets
     * one: the policy of design.md §2.14 ({@code mesh.errorEstimate: false}; without
     * {@code mesh.errorEstimate: true} or {@code mesh.accuracy}, more than
     * {@link AdaptiveSolve#ESTIMATE_BUDGET} unknowns times modes).
     */
    String estimateRefusal(Evaluation evaluation) {
        if (resolved.mesh().accuracy().isPresent() || resolved.mesh().errorEstimate().orElse(false)) {
            return null;
        }
        if (resolved.mesh().errorEstimate().isPresent()) {
            return "mesh.errorEstimate is false";
        }
        long size = (long) evaluation.result().solution().unknowns() * evaluation.result().solution().modes().size();
        return size <= AdaptiveSolve.ESTIMATE_BUDGET ? null : String.format(java.util.Locale.ROOT,
                "%d unknowns x modes is above the automatic budget of %d; mesh.errorEstimate: true asks for it", size,
                AdaptiveSolve.ESTIMATE_BUDGET);
    }

    /** The relative error estimate of the tuned frequency of a variant on the case's mesh settings. */
    double frequencyEstimate(Geometry geometry) {
        return study.tunedFrequencyEstimate(resolved.withGeometry(geometry));
    }

    /** The element order of the estimates' reference solve. */
    int referenceOrder() {
        return AdaptiveSolve.referenceOrder(resolved.mesh().order());
    }

    /**
     * One studied variant.
     *
     * @param result its modes and passband (when the case has one and it was found)
     */
    record Evaluation(StudyResult result) {

        /** The tuned frequency (Hz): the π-mode of the passband, otherwise the lowest mode computed. */
        double frequency() {
            return result.passband().map(p -> p.piMode().frequency())
                    .orElse(result.solution().modes().get(0).frequency());
        }
    }
}
