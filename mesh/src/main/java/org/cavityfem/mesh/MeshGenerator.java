package org.cavityfem.mesh;

import java.util.Locale;
import org.cavityfem.mesh.geometry.Contour;
import org.cavityfem.mesh.geometry.InvalidGeometryException;
import org.cavityfem.mesh.triangulate.PlanarMesh;
import org.cavityfem.mesh.triangulate.QualityTriangulator;
import org.cavityfem.mesh.triangulate.SizeField;

/**
 * Contour to curved high-order mesh: a graded size field, a quality Delaunay triangulation whose
 * wall vertices lie on the exact curves, then high-order nodes placed on the curves.
 *
 * <p>Sizes: the element size is the bulk edge length; near curved walls edges subtend at most
 * {@code maxArcAngle}; narrow passages get at least two elements across automatically; sizes grow
 * away from fine regions by at most the factor {@code grading} per element. With
 * {@code singularRefinement}, sizes also shrink geometrically towards the contour's singular joints
 * (re-entrant corners, curvature jumps), as far as the element order needs
 * ({@link org.cavityfem.mesh.triangulate.SingularPoints}). An element size larger than the cavity's
 * bounding size is rejected.
 *
 * <p>Quality: every angle reaches {@code minAngleDeg}, except next to a contour corner sharper than
 * 60° whose own angle is smaller; there the worst angle is about the corner's (reported by
 * {@link Mesh#minAngleDeg()}). The output depends only on the input: same contour and settings,
 * same arrays.
 */
public final class MeshGenerator {

    /** Most nodes a mesh may have. */
    public static final long MAX_NODES = 20_000_000L;
    /** Refinement may use this many times the estimated vertex count before it is declared stuck. */
    private static final double VERTEX_ALLOWANCE = 4;

    private MeshGenerator() {
    }

    /**
     * Meshes the domain enclosed by the contour.
     *
     * @throws org.cavityfem.mesh.geometry.InvalidGeometryException when the settings cannot mesh
     *     this contour (e.g. an element size larger than the cavity)
     */
    public static Mesh generate(Contour contour, MeshSettings settings) {
        return generate(plan(contour, settings), MeshProgress.NONE);
    }

    /**
     * The size field of a mesh and the counts it predicts, without meshing: checks the settings
     * against the contour and refuses a mesh of more than {@link #MAX_NODES} predicted nodes, a wall
     * feature (a passage, a radius of curvature) below 1e-7 of the contour's size, and a wall whose
     * sampling cannot resolve its sizes within a bound on the samples.
     *
     * @throws org.cavityfem.mesh.geometry.InvalidGeometryException when the settings cannot mesh
     *     this contour
     */
    public static MeshPlan plan(Contour contour, MeshSettings settings) {
        double across = contour.boundingSize();
        if (settings.elementSize() > across) {
            throw new InvalidGeometryException(String.format(Locale.ROOT,
                    "element size %.4g m is larger than the cavity (%.4g m across); choose an element size of at "
                    + "most %.4g m (a tenth of it or less gives useful accuracy)",
                    settings.elementSize(), across, across));
        }
        SizeField size = SizeField.of(contour, settings.elementSize(), settings.maxArcAngle(), settings.grading(),
                settings.order(), settings.singularRefinement());
        MeshPlan plan = new MeshPlan(contour, settings, size);
        if (plan.expectedNodes() > MAX_NODES) {
            throw new InvalidGeometryException(String.format(Locale.ROOT,
                    "about %.3g nodes requested (order %d, element size %.4g m, smallest size %.4g m; the walls ask "
                    + "for %s), more than the limit of %d; raise the element size or maxArcAngle, lower the order, "
                    + "or widen the passage there",
                    plan.expectedNodes(), settings.order(), settings.elementSize(), size.minSize(), plan.finestWall(),
                    MAX_NODES));
        }
        if (size.unresolvedWall() != null) {
            throw new InvalidGeometryException(size.unresolvedWall());
        }
        return plan;
    }

    /**
     * Meshes a planned domain.
     *
     * @param progress hears the refinement about once a second while it runs
     * @throws org.cavityfem.mesh.geometry.InvalidGeometryException when the contour cannot be meshed
     */
    public static Mesh generate(MeshPlan plan, MeshProgress progress) {
        MeshSettings settings = plan.settings();
        long maxVertices = (long) (VERTEX_ALLOWANCE * plan.expectedVertices()) + 10_000;
        PlanarMesh planar = QualityTriangulator.triangulate(plan.contour(), plan.size(), settings.minAngleDeg(),
                settings.maxArcAngle(), maxVertices, progress::refining);
        return HighOrderNodes.build(plan.contour(), planar, settings.order(), MAX_NODES);
    }
}
