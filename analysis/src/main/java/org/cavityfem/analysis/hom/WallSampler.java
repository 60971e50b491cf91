package org.cavityfem.analysis.hom;

import org.cavityfem.analysis.wall.WallEdge;

/**
 * The surface fields of one mode at a wall point, as amplitudes with their φ dependence: what the
 * peak fields and the wall loss of a mode varying as cos(mφ) or sin(mφ) are made from
 * ({@link WallFigures}, design.md §2.13).
 */
interface WallSampler {

    /** The azimuthal order m of the mode: its surface fields vary as cos mφ or sin mφ. */
    int m();

    /**
     * The amplitudes of the surface fields at parameter u of a wall edge, each with its own φ
     * dependence (design.md §2.13): out = {E_n (V/m, cos mφ), E_phi (V/m, sin mφ; for TE0 none),
     * H_s (A/m, along the counter-clockwise wall tangent, sin mφ; for TE0 none), H_phi (A/m, cos mφ)}.
     */
    void amplitudes(WallEdge edge, double u, double[] out);
}
