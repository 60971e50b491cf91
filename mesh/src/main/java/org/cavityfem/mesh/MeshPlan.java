package org.cavityfem.mesh;

import org.cavityfem.mesh.geometry.Contour;
import org.cavityfem.mesh.triangulate.SizeField;

/**
 * A mesh before it is made: the contour, the settings and the size field, with the element and
 * node counts the size field predicts (∫ dA / (a h²) over the domain with the grading, plus the
 * wall edges short segments force), so that a case too large for the machine is refused before
 * the meshing time is spent. Made by {@link MeshGenerator#plan}; the counts are estimates, typically
 * within 25 % of the mesh made (the grading towards singular joints is estimated from its leading
 * term).
 */
public final class MeshPlan {

    private final Contour contour;
    private final MeshSettings settings;
    private final SizeField size;

    MeshPlan(Contour contour, MeshSettings settings, SizeField size) {
        this.contour = contour;
        this.settings = settings;
        this.size = size;
    }

    public Contour contour() {
        return contour;
    }

    public MeshSettings settings() {
        return settings;
    }

    SizeField size() {
        return size;
    }

    /** Predicted number of triangles. */
    public double expectedElements() {
        return size.expectedTriangles();
    }

    /** Predicted number of vertices of the triangulation (half the triangles). */
    public double expectedVertices() {
        return size.expectedTriangles() / 2;
    }

    /** Predicted number of nodes at the settings' order (p² per vertex), a bound on the unknowns. */
    public double expectedNodes() {
        int p = settings.order();
        return expectedVertices() * p * p;
    }

    /**
     * Where the walls ask for their finest elements, for messages: "0.05 µm on
     * geometry.segments[2] near (z, r)", naming the segment as the contour does.
     */
    public String finestWall() {
        double[] f = size.finestWall();
        if (f[3] >= settings.elementSize()) {
            return String.format(java.util.Locale.ROOT, "the element size %.3g m everywhere", f[3]);
        }
        return String.format(java.util.Locale.ROOT, "%.3g m on %s near (z=%.6g m, r=%.6g m)", f[3],
                contour.segment((int) f[0]).name(), f[1], f[2]);
    }

    /** Smallest element size the size field asks for (m). */
    public double minSize() {
        return size.minSize();
    }
}
