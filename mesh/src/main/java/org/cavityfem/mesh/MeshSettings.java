package org.cavityfem.mesh;

import org.cavityfem.fem.TriangleNodeLayout;

/**
 * How to mesh a contour.
 *
 * @param order Lagrange order of the elements, 1..{@link TriangleNodeLayout#MAX_ORDER}
 * @param elementSize target edge length in the bulk of the domain (m)
 * @param minAngleDeg smallest interior angle the triangulation must reach (degrees)
 * @param maxArcAngle largest angle an element edge may subtend on a curved wall (rad): sets the
 *     size near small radii of curvature, h <= ρ · maxArcAngle
 * @param grading largest ratio of the sizes of neighbouring elements (> 1); sets how fast the size
 *     grows away from fine regions
 * @param singularRefinement whether to grade the mesh geometrically towards the contour's singular
 *     joints (re-entrant corners, curvature jumps; see
 *     {@link org.cavityfem.mesh.triangulate.SingularPoints}), so that they do not cap the convergence
 *     rate
 * @param gradingAccuracy the relative accuracy the grading towards singular joints is made for
 *     (a refinement loop's target, design.md §2.14); NaN to grade
 *     for the order's own bulk error (the default)
 */
public record MeshSettings(int order, double elementSize, double minAngleDeg, double maxArcAngle, double grading,
        boolean singularRefinement, double gradingAccuracy) {

    /** Default quality bound (degrees). */
    public static final double DEFAULT_MIN_ANGLE_DEG = 25.0;
    /** Default edge angle on curved walls (rad). */
    public static final double DEFAULT_MAX_ARC_ANGLE = Math.PI / 6;
    /** Default size ratio between neighbours. */
    public static final double DEFAULT_GRADING = 1.3;

    public MeshSettings {
        if (order < 1 || order > TriangleNodeLayout.MAX_ORDER) {
            throw new IllegalArgumentException("mesh order must be 1.." + TriangleNodeLayout.MAX_ORDER + ", got " + order);
        }
        if (!(elementSize > 0) || Double.isInfinite(elementSize)) {
            throw new IllegalArgumentException("element size must be a positive length, got " + elementSize + " m");
        }
        if (!(minAngleDeg > 0 && minAngleDeg <= 33)) {
            throw new IllegalArgumentException("minimum angle must be in (0, 33] degrees, got " + minAngleDeg);
        }
        if (!(maxArcAngle > 0 && maxArcAngle <= Math.PI / 2)) {
            throw new IllegalArgumentException("arc angle per element must be in (0, π/2] rad, got " + maxArcAngle);
        }
        if (!(grading > 1)) {
            throw new IllegalArgumentException("grading must be > 1, got " + grading);
        }
        if (!(Double.isNaN(gradingAccuracy) || gradingAccuracy > 0 && gradingAccuracy < 1)) {
            throw new IllegalArgumentException("grading accuracy must be NaN or in (0, 1), got " + gradingAccuracy);
        }
    }

    /** Settings graded towards singular joints (when asked) for the order's own bulk error. */
    public MeshSettings(int order, double elementSize, double minAngleDeg, double maxArcAngle, double grading,
            boolean singularRefinement) {
        this(order, elementSize, minAngleDeg, maxArcAngle, grading, singularRefinement, Double.NaN);
    }

    /** Settings with grading towards singular joints (the default). */
    public MeshSettings(int order, double elementSize, double minAngleDeg, double maxArcAngle, double grading) {
        this(order, elementSize, minAngleDeg, maxArcAngle, grading, true);
    }

    /** Settings with default quality, curvature and grading parameters. */
    public static MeshSettings of(int order, double elementSize) {
        return new MeshSettings(order, elementSize, DEFAULT_MIN_ANGLE_DEG, DEFAULT_MAX_ARC_ANGLE, DEFAULT_GRADING);
    }

    /** A copy with another element size (m). */
    public MeshSettings withElementSize(double size) {
        return new MeshSettings(order, size, minAngleDeg, maxArcAngle, grading, singularRefinement, gradingAccuracy);
    }

    /** A copy with another order. */
    public MeshSettings withOrder(int newOrder) {
        return new MeshSettings(newOrder, elementSize, minAngleDeg, maxArcAngle, grading, singularRefinement,
                gradingAccuracy);
    }

    /** A copy with singular-joint grading switched on or off. */
    public MeshSettings withSingularRefinement(boolean on) {
        return new MeshSettings(order, elementSize, minAngleDeg, maxArcAngle, grading, on, gradingAccuracy);
    }

    /**
     * A copy graded towards the singular joints for a relative accuracy instead of the order's bulk
     * error (design.md §2.14); NaN for the order's bulk error.
     */
    public MeshSettings withGradingAccuracy(double accuracy) {
        return new MeshSettings(order, elementSize, minAngleDeg, maxArcAngle, grading, singularRefinement, accuracy);
    }
}
