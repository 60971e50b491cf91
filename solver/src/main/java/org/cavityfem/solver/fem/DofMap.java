package org.cavityfem.solver.fem;

import org.cavityfem.mesh.BoundaryEdge;
import org.cavityfem.mesh.Mesh;

/**
 * Numbering of the unknowns: every mesh node except those on Dirichlet boundaries (the axis and
 * magnetic symmetry planes, where H_phi = 0), which are eliminated rather than penalised so that
 * no spurious eigenvalue enters the spectrum.
 */
public final class DofMap {

    private final int[] dofOfNode;
    private final int[] nodeOfDof;

    private DofMap(int[] dofOfNode, int[] nodeOfDof) {
        this.dofOfNode = dofOfNode;
        this.nodeOfDof = nodeOfDof;
    }

    /** Numbers the free nodes of the mesh in node order. */
    public static DofMap of(Mesh mesh) {
        boolean[] fixed = new boolean[mesh.nodeCount()];
        for (BoundaryEdge edge : mesh.boundaryEdges()) {
            if (mesh.contour().segment(edge.segment()).kind().isDirichlet()) {
                for (int local : mesh.layout().edgeNodes(edge.localEdge())) {
                    fixed[mesh.node(edge.element(), local)] = true;
                }
            }
        }
        int[] dofOfNode = new int[fixed.length];
        int count = 0;
        for (int i = 0; i < fixed.length; i++) {
            dofOfNode[i] = fixed[i] ? -1 : count++;
        }
        int[] nodeOfDof = new int[count];
        for (int i = 0; i < fixed.length; i++) {
            if (dofOfNode[i] >= 0) {
                nodeOfDof[dofOfNode[i]] = i;
            }
        }
        return new DofMap(dofOfNode, nodeOfDof);
    }

    /** Number of unknowns. */
    public int size() {
        return nodeOfDof.length;
    }

    /** Number of nodes fixed to zero. */
    public int fixedCount() {
        return dofOfNode.length - nodeOfDof.length;
    }

    /** Unknown number of a node, or −1 for a fixed node. */
    public int dof(int node) {
        return dofOfNode[node];
    }

    /** Node of an unknown. */
    public int node(int dof) {
        return nodeOfDof[dof];
    }

    /** Expands a vector of unknowns to all nodes, zero on fixed nodes. */
    public double[] toNodes(double[] unknowns) {
        double[] nodal = new double[dofOfNode.length];
        for (int d = 0; d < nodeOfDof.length; d++) {
            nodal[nodeOfDof[d]] = unknowns[d];
        }
        return nodal;
    }

    /** Restricts a nodal vector to the unknowns. */
    public double[] toUnknowns(double[] nodal) {
        double[] x = new double[nodeOfDof.length];
        for (int d = 0; d < nodeOfDof.length; d++) {
            x[d] = nodal[nodeOfDof[d]];
        }
        return x;
    }
}
