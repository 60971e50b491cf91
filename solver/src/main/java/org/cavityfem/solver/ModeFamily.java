package org.cavityfem.solver;

import java.util.EnumSet;
import java.util.Set;
import org.cavityfem.mesh.geometry.BoundaryKind;

/**
 * The two families of monopole (m = 0) modes and the azimuthal field each is solved for
 * (docs/design.md §2.2 and §2.10). Both unknowns are azimuthal components u φ̂ of a field that
 * satisfies ∇×∇×(u φ̂) = k² u φ̂, so both use the same weak form
 * ({@link org.cavityfem.solver.form.HphiForm}); they differ only in where u is fixed to zero.
 */
public enum ModeFamily {
    /**
     * TM0: E = (E_r, 0, E_z), H = H_phi φ̂; unknown H_phi, fixed to zero on the axis and magnetic
     * planes, natural on metal walls and electric planes.
     */
    TM(EnumSet.of(BoundaryKind.AXIS, BoundaryKind.MAGNETIC)),
    /**
     * TE0: E = E_phi φ̂, H = (H_r, 0, H_z); unknown E_phi, fixed to zero on the axis, metal walls and
     * electric planes (tangential E = 0), natural on magnetic planes (∂n(r E_phi) = 0 is tangential
     * H = 0 there).
     */
    TE(EnumSet.of(BoundaryKind.AXIS, BoundaryKind.METAL, BoundaryKind.ELECTRIC));

    private final Set<BoundaryKind> fixed;

    ModeFamily(Set<BoundaryKind> fixed) {
        this.fixed = fixed;
    }

    /** Boundary kinds on which this family's unknown is fixed to zero. */
    public Set<BoundaryKind> fixedOn() {
        return EnumSet.copyOf(fixed);
    }

    /** Case-file and output spelling, {@code "TM"} or {@code "TE"}. */
    public String key() {
        return name();
    }
}
