package org.cavityfem.study;

import org.cavityfem.mesh.Mesh;

/**
 * The size and quality of a study's mesh.
 *
 * @param elements number of triangles
 * @param nodes number of nodes
 * @param order element order
 * @param minAngleDeg smallest interior angle of the straight-sided triangles (degrees)
 */
public record MeshStatistics(int elements, int nodes, int order, double minAngleDeg) {

    /** The statistics of a mesh. */
    public static MeshStatistics of(Mesh mesh) {
        return new MeshStatistics(mesh.elementCount(), mesh.nodeCount(), mesh.order(), mesh.minAngleDeg());
    }
}
