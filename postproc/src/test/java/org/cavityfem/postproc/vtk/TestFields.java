package org.cavityfem.postproc.vtk;

import org.cavityfem.mesh.Mesh;
import org.cavityfem.solver.Mode;

/** Node fields of a mode for the writer tests. */
final class TestFields {

    private TestFields() {
    }

    static NodeFields of(Mesh mesh, Mode mode) {
        int n = mesh.nodeCount();
        return new NodeFields(mode.magneticField(), new double[n], new double[n]);
    }
}
