package org.cavityfem.analysis.hom;

import org.cavityfem.analysis.field.FieldSample;
import org.cavityfem.analysis.field.ModeField;
import org.cavityfem.analysis.wall.WallEdge;
import org.cavityfem.units.PhysicalConstants;

/**
 * Surface fields of a TE0 mode (design.md §2.10, §2.13): E = E_phi φ̂, H = ∇×(E_phi φ̂)/(ωμ0) =
 * (−∂z E_phi, (1/r) ∂r(r E_phi)) / (ωμ0) in (r, z), independent of φ. The TM0 field evaluator applied
 * to the nodal E_phi returns the same curl divided by ωε0, so H = (ε0/μ0) times its "electric field".
 * On the wall: |H_t| from the tangential component, ∫ |H_t|² dφ = 2π H_t², and E = |E_phi| (zero on
 * metal walls, where it is eliminated).
 */
final class TeMonopoleWallSampler implements WallSampler {

    private final ModeField field;

    /** @param field the TE0 mode's E_phi read as the nodal field of a {@link ModeField} */
    TeMonopoleWallSampler(ModeField field) {
        this.field = field;
    }

    @Override
    public void amplitudes(WallEdge edge, double u, double[] out) {
        double[] ref = edge.referenceCoordinates(u);
        FieldSample s = field.inElement(edge.element(), ref[0], ref[1]);
        double[] t = edge.tangent(u);
        double ratio = PhysicalConstants.EPSILON_0 / PhysicalConstants.MU_0;
        out[0] = 0;
        out[1] = s.magneticField();
        out[2] = ratio * (t[0] * s.axialElectricField() + t[1] * s.radialElectricField());
        out[3] = 0;
    }

    @Override
    public int m() {
        return 0;
    }
}
