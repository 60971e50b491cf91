package org.cavityfem.mesh.geometry;

/**
 * What a contour segment is, electromagnetically, for monopole TM modes solved in H_phi.
 */
public enum BoundaryKind {
    /** Perfectly conducting wall: natural condition for H_phi; carries wall losses. */
    METAL(false),
    /** Electric symmetry plane (tangential E = 0): natural condition, no losses. */
    ELECTRIC(false),
    /** Magnetic symmetry plane (tangential H = 0): H_phi = 0 imposed. */
    MAGNETIC(true),
    /** Symmetry axis r = 0: H_phi = 0 imposed. Assigned to every segment lying on r = 0. */
    AXIS(true);

    private final boolean dirichlet;

    BoundaryKind(boolean dirichlet) {
        this.dirichlet = dirichlet;
    }

    /** True when H_phi is fixed to zero on segments of this kind. */
    public boolean isDirichlet() {
        return dirichlet;
    }

    /** Case-file spelling, e.g. {@code "metal"}. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
