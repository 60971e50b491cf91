package org.cavityfem.casefile;

import java.util.OptionalDouble;
import org.cavityfem.mesh.geometry.Contour;
import org.cavityfem.mesh.geometry.Point;

/**
 * The default active length L_active of each geometry, the length E_acc = V_acc / L_active is
 * averaged over: a pillbox's gap, a sphere's diameter, and for a general contour the axial extent
 * of the cavity (the largest minus the smallest z of its wall), beam pipes included. For N
 * elliptical cells it is N·λ/2 with λ = c/f of the π-mode ({@code passband.ActiveLength}), known
 * only once the modes are, so it is filled in at run time ({@link #perMode}) and not in the
 * resolved case. Each geometry knows its own default ({@link Geometry#defaultActiveLength}).
 */
public final class ActiveLength {

    private ActiveLength() {
    }

    /** The geometry's default active length (m), or empty when it depends on the mode's frequency. */
    public static OptionalDouble defaultFor(Geometry geometry, Contour contour) {
        return geometry.defaultActiveLength(contour);
    }

    /**
     * The active length for a mode of frequency f (m): the case's value when it gives one (or its
     * resolved default). Geometries whose default depends on the frequency (N cells: N·c/(2f)) are
     * handled here.
     *
     * @param c the resolved case
     * @param frequency the frequency that sets λ for N cells: the π-mode's, or the mode's own when
     *     no passband was found (Hz)
     */
    public static double perMode(CaseDefinition c, double frequency) {
        if (c.rf().activeLength().isPresent()) {
            return c.rf().activeLength().getAsDouble();
        }
        return c.geometry().activeLengthAt(frequency)
                .orElseThrow(() -> new IllegalStateException("the case is not resolved"));
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
