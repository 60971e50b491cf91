package org.cavityfem.analysis.hom;

import org.cavityfem.analysis.wall.WallEdge;
import org.cavityfem.units.PhysicalConstants;

/**
 * Surface fields of an m ≥ 1 mode (design.md §2.13). For the polarisation E = (E_r cos mφ,
 * E_phi sin mφ, E_z cos mφ), with v = u + ∇w/m,
 *
 * <pre>
 *   ∇×E = (−m v_z / r sin mφ,  curl v cos mφ,  m v_r / r sin mφ)      (r, φ, z)
 * </pre>
 *
 * and H = ∇×E / (ωμ0) in magnitude. On the wall the tangential H has the meridian part
 * H_s = m (t_z v_r − t_r v_z) / (r ωμ0) (times sin mφ) and H_phi = curl v / (ωμ0) (times cos mφ),
 * so max over φ |H_t| = max(|H_s|, |H_phi|) and ∫ |H_t|² dφ = π (H_s² + H_phi²); the wall's E is
 * normal, E_n cos mφ, largest |E_n|.
 */
final class AzimuthalWallSampler implements WallSampler {

    private final AzimuthalField field;
    private final int m;
    private final double scale;
    private final double omegaMu;
    private final double[] at = new double[8];

    /**
     * @param scale factor from the eigenvector's fields to the reported ones
     * @param angularFrequency ω of the mode (rad/s)
     */
    AzimuthalWallSampler(AzimuthalField field, int m, double scale, double angularFrequency) {
        this.field = field;
        this.m = m;
        this.scale = scale;
        this.omegaMu = angularFrequency * PhysicalConstants.MU_0;
    }

    @Override
    public void amplitudes(WallEdge edge, double u, double[] out) {
        double[] ref = edge.referenceCoordinates(u);
        field.evaluate(edge.element(), ref[0], ref[1], at);
        double[] n = edge.inwardNormal(u);
        double[] t = edge.tangent(u);
        double r = at[1];
        out[0] = scale * (n[0] * at[2] + n[1] * at[3]);
        out[1] = scale * at[4];
        out[2] = scale * m * (t[0] * at[5] - t[1] * at[6]) / (r * omegaMu);
        out[3] = scale * at[7] / omegaMu;
    }

    @Override
    public int m() {
        return m;
    }
}
