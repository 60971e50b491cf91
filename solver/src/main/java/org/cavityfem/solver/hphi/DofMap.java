package org.cavityfem.solver.hphi;

import java.util.EnumSet;
import java.util.Set;
import org.cavityfem.mesh.BoundaryEdge;
import org.cavityfem.mesh.Mesh;
import org.cavityfem.mesh.geometry.BoundaryKind;
import org.cavityfem.solver.assembly.ElementDofs;

/**
 * Numbering of the unknowns: every mesh node except those on Dirichlet boundaries (for H_phi the
 * axis and magnetic symmetry planes; for the TE0 unknown E_phi the axis, metal walls and electric
 * planes), which are eliminated rather than penalised so that no spurious eigenvalue enters the
 * spectrum. An element's local unknowns are its nodes in layout
 * order, all with sign +1. Immutable.
 */
public final class DofMap implements ElementDofs {

    private final int[] dofOfNode;
    private final int[] nodeOfDof;
    private final int[] elementNodes;
    private final int perElement;

    private DofMap(int[] dofOfNode, int[] nodeOfDof, int[] elementNodes, int perElement) {
        this.dofOfNode = dofOfNode;
        this.nodeOfDof = nodeOfDof;
        this.elementNodes = elementNodes;
        this.perElement = perElement;
    }

    /** Numbers the free nodes of the mesh in node order, H_phi fixed on the axis and magnetic planes. */
    public static DofMap of(Mesh mesh) {
        return of(mesh, EnumSet.of(BoundaryKind.AXIS, BoundaryKind.MAGNETIC));
    }

    /**
     * Numbers the free nodes of the mesh in node order, the nodes on segments of the given kinds
     * fixed to zero.
     */
    public static DofMap of(Mesh mesh, Set<BoundaryKind> fixedKinds) {
        boolean[] fixed = new boolean[mesh.nodeCount()];
        for (BoundaryEdge edge : mesh.boundaryEdges()) {
            if (fixedKinds.contains(mesh.contour().segment(edge.segment()).kind())) {
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
        return new DofMap(dofOfNode, nodeOfDof, mesh.elementNodeArray(), mesh.layout().nodeCount());
    }

    /** Number of unknowns. */
    @Override
    public int size() {
        return nodeOfDof.length;
    }

    /** Nodes per element. */
    @Override
    public int localSize() {
        return perElement;
    }

    @Override
    public void element(int element, int[] index, double[] sign) {
        int base = element * perElement;
        for (int a = 0; a < perElement; a++) {
            index[a] = dofOfNode[elementNodes[base + a]];
            sign[a] = 1;
        }
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
