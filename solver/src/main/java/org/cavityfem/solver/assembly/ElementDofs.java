package org.cavityfem.solver.assembly;

/**
 * Numbering of the unknowns of a form: for each element, the global unknown of each local one.
 * Unknowns eliminated by an essential boundary condition have index −1 and are skipped. Each local
 * unknown carries a sign, +1 or −1, by which its basis function is multiplied: Lagrange functions
 * are all +1; edge functions take −1 where the element runs an edge against its global orientation,
 * so that neighbours share one tangential component.
 */
public interface ElementDofs {

    /** Number of global unknowns. */
    int size();

    /** Number of local unknowns per element. */
    int localSize();

    /**
     * Writes element e's global unknowns (−1 where eliminated) into {@code index} and their signs
     * into {@code sign}, both of {@link #localSize()} entries.
     */
    void element(int element, int[] index, double[] sign);
}
