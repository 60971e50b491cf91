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
        return generate(contour, settings, null, 0, settings.order()).get(0);
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
        double across = contour.boundingSize();
        if (settings.elementSize() > across) {
            throw new InvalidGeometryException(String.format(Locale.ROOT,
                    "element size %.4g m is larger than the cavity (%.4g m across); choose an element size of at "
                    + "most %.4g m (a tenth of it or less gives useful accuracy)",
                    settings.elementSize(), across, across));
        }
        SizeField size = SizeField.of(contour, settings.elementSize(), settings.maxArcAngle(), settings.grading(),
                settings.order(), settings.singularRefinement());
        if (local != null) {
            size = size.limitedBy(local, extraTriangles);
        }
        int p = settings.order();
        for (int q : orders) {
            p = Math.max(p, q);
        }
        double expectedVertices = size.expectedTriangles() / 2;
        double expectedNodes = expectedVertices * p * p;
        if (expectedNodes > MAX_NODES) {
            throw new InvalidGeometryException(String.format(Locale.ROOT,
                    "about %.3g nodes requested (order %d, element size %.4g m, smallest size %.4g m), more than the "
                    + "limit of %d; raise the element size or maxArcAngle, or lower the order",
                    expectedNodes, p, settings.elementSize(), size.minSize(), MAX_NODES));
        }
        long maxVertices = (long) (VERTEX_ALLOWANCE * expectedVertices) + 10_000;
        PlanarMesh planar = QualityTriangulator.triangulate(contour, size, settings.minAngleDeg(),
                settings.maxArcAngle(), maxVertices);
        List<Mesh> meshes = new ArrayList<>(orders.length);
        for (int q : orders) {
            meshes.add(HighOrderNodes.build(contour, planar, q, MAX_NODES));
        }
        return List.copyOf(meshes);
    }
}
