package org.cavityfem.solver.assembly;

/** How elements with an edge on a curved wall are mapped from the reference triangle. */
public enum GeometryMode {
    /** The exact blended map: the discrete domain is the true one (default). */
    EXACT,
    /** The polynomial interpolant of the element's nodes (classical isoparametric elements). */
    ISOPARAMETRIC
}
