package org.cavityfem.solver.assembly;

/**
 * A numbering whose local functions are, on some elements, linear combinations of the global
 * unknowns rather than single ones with a sign: used where a constraint that is not a plain
 * Dirichlet condition ties unknowns together (the axis conditions of the m ≥ 1 modes, design.md
 * §2.11). On every other element {@link #element} numbers as usual.
 */
public interface ConstrainedElementDofs extends ElementDofs {

    /**
     * Element e's transform, or null when its local functions are its global unknowns times the
     * signs of {@link #element}. Otherwise, row-major n × n: local coefficient a = Σ_b T[a n + b] ·
     * (global unknown {@code index[b]}), slots b with index −1 contributing nothing.
     */
    double[] transform(int element);
}
