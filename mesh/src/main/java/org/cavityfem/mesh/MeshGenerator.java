package org.cavityfem.mesh;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleBinaryOperator;
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
                settings.order(), settings.singularRefinement(), settings.gradingAccuracy());
        MeshPlan plan = new MeshPlan(contour, settings, size);
        checkNodes(plan, plan.expectedNodes(), settings.order());
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
     * @throws java.util.concurrent.CancellationException when the thread is interrupted (a cancelled
     *     run; checked every 64 refinement steps)
     */
    public static Mesh generate(MeshPlan plan, MeshProgress progress) {
        return generate(plan, plan.size(), progress, plan.settings().order()).get(0);
    }

    /**
     * Meshes the domain once and builds the curved meshes of several orders on that one
     * triangulation: same vertices, same elements in the same order (element e of every mesh is the
     * same triangle), so fields of different orders can be compared element by element, as the
     * error estimate does. The size field is that of {@code settings} (its order sets the singular
     * grading), bounded further by {@code local} when given.
     *
     * @param local a further local size bound h(z, r) (m), or null
     * @param extraTriangles how many more triangles {@code local} asks for than the settings alone
     *     (an estimate that sizes the refinement's allowance; 0 without {@code local})
     * @param orders the element orders, each 1..8
     * @throws org.cavityfem.mesh.geometry.InvalidGeometryException as {@link #generate(Contour, MeshSettings)}
     */
    public static List<Mesh> generate(Contour contour, MeshSettings settings, DoubleBinaryOperator local,
            double extraTriangles, int... orders) {
        return generate(plan(contour, settings), local, extraTriangles, MeshProgress.NONE, orders);
    }

    /**
     * Meshes a planned domain at several orders on one triangulation, as
     * {@link #generate(Contour, MeshSettings, DoubleBinaryOperator, double, int...)} does.
     *
     * @param progress hears the refinement about once a second while it runs
     * @throws java.util.concurrent.CancellationException as {@link #generate(MeshPlan, MeshProgress)}
     */
    public static List<Mesh> generate(MeshPlan plan, DoubleBinaryOperator local, double extraTriangles,
            MeshProgress progress, int... orders) {
        SizeField size = local == null ? plan.size() : plan.size().limitedBy(local, extraTriangles);
        return generate(plan, size, progress, orders);
    }

    private static List<Mesh> generate(MeshPlan plan, SizeField size, MeshProgress progress, int... orders) {
        MeshSettings settings = plan.settings();
        int p = settings.order();
        for (int q : orders) {
            p = Math.max(p, q);
        }
        double expectedVertices = size.expectedTriangles() / 2;
        checkNodes(plan, expectedVertices * p * p, p);
        long maxVertices = (long) (VERTEX_ALLOWANCE * expectedVertices) + 10_000;
        PlanarMesh planar = QualityTriangulator.triangulate(plan.contour(), size, settings.minAngleDeg(),
                settings.maxArcAngle(), maxVertices, progress::refining);
        List<Mesh> meshes = new ArrayList<>(orders.length);
        for (int q : orders) {
            meshes.add(HighOrderNodes.build(plan.contour(), planar, q, MAX_NODES));
        }
        return List.copyOf(meshes);
    }

    private static void checkNodes(MeshPlan plan, double expectedNodes, int order) {
        MeshSettings settings = plan.settings();
        if (expectedNodes > MAX_NODES) {
            throw new InvalidGeometryException(String.format(Locale.ROOT,
                    "about %.3g nodes requested (order %d, element size %.4g m, smallest size %.4g m; the walls ask "
                    + "for %s), more than the limit of %d; raise the element size or maxArcAngle, lower the order, "
                    + "or widen the passage there",
                    expectedNodes, order, settings.elementSize(), plan.minSize(), plan.finestWall(),
                    MAX_NODES));
        }
    }
}
