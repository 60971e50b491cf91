package org.cavityfem.analysis.hom;

import org.cavityfem.analysis.wall.WallEdge;

/**
 * The surface fields of one mode at a wall point, over the whole turn in φ: what the peak fields and
 * the wall loss of a mode varying as cos(mφ) or sin(mφ) need (design.md §2.13).
 */
interface WallSampler {

    /**
     * The fields at parameter u of a wall edge.
     *
     * @param out receives {largest |E_n| over φ (V/m), largest |H_t| over φ (A/m),
     *     ∫₀^{2π} |H_t|² dφ (A²/m²)}
     */
    void at(WallEdge edge, double u, double[] out);

    /**
     * The amplitudes of the surface fields at parameter u of a wall edge, each with its own φ
     * dependence (design.md §2.13): out = {E_n (V/m, cos mφ), E_phi (V/m, sin mφ; for TE0 none),
     * H_s (A/m, along the counter-clockwise wall tangent, sin mφ; for TE0 none), H_phi (A/m, cos mφ)}.
     */
    void amplitudes(WallEdge edge, double u, double[] out);
}
