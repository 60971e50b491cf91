package org.cavityfem.tools.cases;

import org.cavityfem.mesh.geometry.Contour;
import org.cavityfem.mesh.geometry.Point;

/**
 * The default active length L_active of each geometry, the length E_acc = V_acc / L_active is
 * averaged over: a pillbox's gap, a sphere's diameter, and for a general contour the axial extent
 * of the cavity (the largest minus the smallest z of its wall), beam pipes included. A geometry of
 * N elliptical cells adds its own rule here (N·λ/2 at the mode's frequency, through
 * {@link #perMode}).
 */
public final class ActiveLength {

    private ActiveLength() {
    }

    /** The geometry's default active length (m). */
    public static double defaultFor(Geometry geometry, Contour contour) {
        if (geometry instanceof PillboxGeometry p) {
            return p.gap();
        }
        if (geometry instanceof SphereGeometry s) {
            return 2 * s.radius();
        }
        return axialExtent(contour);
    }

    /**
     * The active length for a mode of frequency f (m): the case's value when it gives one (or its
     * resolved default). Geometries whose default depends on the frequency (N cells: N·c/(2f)) are
     * handled here.
     *
     * @param rf the resolved rf section
     * @param frequency the mode's frequency (Hz)
     */
    public static double perMode(RfSpec rf, double frequency) {
        return rf.activeLength().orElseThrow(() -> new IllegalStateException("the case is not resolved"));
    }

    /** Largest minus smallest z of the contour, sampled finely on curved segments (m). */
    static double axialExtent(Contour contour) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (var segment : contour.segments()) {
            for (int k = 0; k <= 512; k++) {
                Point p = segment.shape().pointAt(k / 512.0);
                lo = Math.min(lo, p.z());
                hi = Math.max(hi, p.z());
            }
        }
        return hi - lo;
    }
}
