package org.cavityfem.analysis.hom;

import org.cavityfem.analysis.field.FieldSample;
import org.cavityfem.analysis.field.ModeField;
import org.cavityfem.analysis.wall.WallEdge;

/**
 * Surface fields of a TM0 mode for a HOM scan (design.md §2.13): |H_t| = |H_phi|, independent of φ
 * (∫ |H_t|² dφ = 2π H_phi²), and E_n = n·(E_z, E_r), both from the TM0 field evaluator inside the
 * wall's element.
 */
final class TmMonopoleWallSampler implements WallSampler {

    private final ModeField field;

    TmMonopoleWallSampler(ModeField field) {
        this.field = field;
    }

    @Override
    public void amplitudes(WallEdge edge, double u, double[] out) {
        double[] ref = edge.referenceCoordinates(u);
        FieldSample s = field.inElement(edge.element(), ref[0], ref[1]);
        double[] n = edge.inwardNormal(u);
        out[0] = n[0] * s.axialElectricField() + n[1] * s.radialElectricField();
        out[1] = 0;
        out[2] = 0;
        out[3] = s.magneticField();
    }

    @Override
    public int m() {
        return 0;
    }
}
