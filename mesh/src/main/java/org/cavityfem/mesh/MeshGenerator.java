package org.cavityfem.mesh;

import org.cavityfem.mesh.geometry.Contour;

/** Contour to curved high-order mesh: triangulate, then place the high-order nodes on the curves. */
public final class MeshGenerator {

    private MeshGenerator() {
    }

    /**
     * Meshes the domain enclosed by the contour.
     *
     * @throws org.cavityfem.mesh.geometry.InvalidGeometryException when the settings cannot mesh
     *     this contour (e.g. an element size larger than the cavity)
     */
    public static Mesh generate(Contour contour, MeshSettings settings) {
        throw new UnsupportedOperationException("TODO(mesh): implement");
    }
}
