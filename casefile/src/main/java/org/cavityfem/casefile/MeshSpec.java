package org.cavityfem.casefile;

import java.util.Optional;
import java.util.OptionalDouble;
import org.cavityfem.analysis.accuracy.AccuracyTarget;
import org.cavityfem.mesh.MeshSettings;

/**
 * The {@code mesh} section of a case.
 *
 * @param order Lagrange order of the elements
 * @param elementSize target edge length in the bulk (m); empty until resolved from the cavity size
 * @param minAngleDeg smallest triangle angle (degrees)
 * @param maxArcAngleDeg largest angle an edge may subtend on a curved wall (degrees)
 * @param grading largest size ratio between neighbouring elements
 * @param singularRefinement whether the mesh is graded towards singular wall points (re-entrant
 *     corners, curvature jumps)
 * @param accuracy requested relative accuracy of the reported quantities ({@code mesh.accuracy}):
 *     the mesh is refined until the error estimates meet it; empty for a single solve
 * @param errorEstimate {@code mesh.errorEstimate}: whether a single solve gets its error estimates
 *     (a reference solve one order higher); empty for automatic (below a size budget, see
 *     docs/case-format.md)
 */
public record MeshSpec(int order, OptionalDouble elementSize, double minAngleDeg, double maxArcAngleDeg,
        double grading, boolean singularRefinement, Optional<AccuracyTarget> accuracy,
        Optional<Boolean> errorEstimate) {

    /** A mesh section without an accuracy target, estimates automatic. */
    public MeshSpec(int order, OptionalDouble elementSize, double minAngleDeg, double maxArcAngleDeg, double grading,
            boolean singularRefinement) {
        this(order, elementSize, minAngleDeg, maxArcAngleDeg, grading, singularRefinement, Optional.empty(),
                Optional.empty());
    }

    /** Default element order. */
    public static final int DEFAULT_ORDER = 4;
    /** Default element size as a fraction of the larger side of the contour's bounding box. */
    public static final double DEFAULT_SIZE_FRACTION = 1.0 / 12;

    /** The defaults, with the element size still to be resolved. */
    public static MeshSpec defaults() {
        return new MeshSpec(DEFAULT_ORDER, OptionalDouble.empty(), MeshSettings.DEFAULT_MIN_ANGLE_DEG,
                Math.toDegrees(MeshSettings.DEFAULT_MAX_ARC_ANGLE), MeshSettings.DEFAULT_GRADING, true);
    }

    /** A copy with the given element size (m). */
    public MeshSpec withElementSize(double size) {
        return new MeshSpec(order, OptionalDouble.of(size), minAngleDeg, maxArcAngleDeg, grading, singularRefinement,
                accuracy, errorEstimate);
    }

    /** A copy with the given accuracy target (empty: none). */
    public MeshSpec withAccuracy(Optional<AccuracyTarget> target) {
        return new MeshSpec(order, elementSize, minAngleDeg, maxArcAngleDeg, grading, singularRefinement, target,
                errorEstimate);
    }

    /**
     * The mesher's settings.
     *
     * @throws IllegalStateException when the element size has not been resolved
     */
    public MeshSettings settings() {
        double size = elementSize.orElseThrow(() -> new IllegalStateException("element size not resolved"));
        return new MeshSettings(order, size, minAngleDeg, Math.toRadians(maxArcAngleDeg), grading, singularRefinement);
    }
}
