package org.cavityfem.output.fieldmap;

import java.util.Locale;
import org.cavityfem.analysis.fieldmap.AxisFourier;
import org.cavityfem.analysis.fieldmap.FieldMap;
import org.cavityfem.analysis.fieldmap.GridSpec;
import org.cavityfem.units.PhysicalConstants;

/**
 * The text of each field map layout. Every number is written with 9 significant digits.
 */
public final class FieldMapFormats {

    private FieldMapFormats() {
    }

    /**
     * Superfish/Parmela T7, the layout SF7 writes for an RF field on a rectangular grid: line 1
     * z_min z_max (cm) and the number of z intervals, line 2 the frequency (MHz), line 3 r_min r_max
     * (cm) and the number of r intervals, then one line per point, z fastest: E_z, E_r, |E| (MV/m)
     * and H_φ (A/m) (Poisson Superfish documentation LA-UR-96-1834, SFFILES "Data files for program
     * Parmela", and a T7 file SF7 wrote; docs/superfish.md). The format has no room for comments;
     * the README holds the conventions.
     */
    public static String t7(FieldMap map) {
        GridSpec g = map.grid();
        StringBuilder b = new StringBuilder(map.ez().length * 64);
        b.append(String.format(Locale.ROOT, "%.9g %.9g %d%n", 100 * g.zMin(), 100 * g.zMax(), g.nz()));
        b.append(String.format(Locale.ROOT, "%.9g%n", map.frequency() * 1e-6));
        b.append(String.format(Locale.ROOT, "%.9g %.9g %d%n", 100 * g.rMin(), 100 * g.rMax(), g.nr()));
        for (int k = 0; k < map.ez().length; k++) {
            b.append(String.format(Locale.ROOT, "%.9g %.9g %.9g %.9g%n", map.ez()[k] * 1e-6, map.er()[k] * 1e-6,
                    map.eMagnitude(k) * 1e-6, map.bPhi()[k] / PhysicalConstants.MU_0));
        }
        return b.toString();
    }

    /**
     * ASTRA's on-axis cavity field: two columns, z (m) and E_z (V/m), at the grid's z points on
     * r = 0, no header, as openPMD-beamphysics writes ASTRA's 1-D field maps (ASTRA rescales the
     * profile by MaxE; docs/superfish.md says which sources were reachable).
     *
     * @throws IllegalArgumentException when the grid does not start on the axis
     */
    public static String astra(FieldMap map) {
        GridSpec g = map.grid();
        if (g.rMin() != 0) {
            throw new IllegalArgumentException("the ASTRA on-axis map needs a grid that starts at r = 0");
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i <= g.nz(); i++) {
            b.append(String.format(Locale.ROOT, "%.9g %.9g%n", g.z(i), map.ez()[map.index(i, 0)]));
        }
        return b.toString();
    }

    /**
     * A 2D text map for GPT: a header line naming the columns r z Er Ez Bphi inside (the column
     * table asci2gdf turns into a GDF file for map25D_TM), then one line per point, z fastest, in m,
     * V/m and T; {@code inside} is 1 for a point in the cavity and 0 for one outside (fields 0).
     */
    public static String gpt(FieldMap map) {
        GridSpec g = map.grid();
        StringBuilder b = new StringBuilder(map.ez().length * 72);
        b.append("r z Er Ez Bphi inside\n");
        for (int j = 0; j <= g.nr(); j++) {
            for (int i = 0; i <= g.nz(); i++) {
                int k = map.index(i, j);
                b.append(String.format(Locale.ROOT, "%.9g %.9g %.9g %.9g %.9g %d%n", g.r(j), g.z(i), map.er()[k],
                        map.ez()[k], map.bPhi()[k], map.inside()[k] ? 1 : 0));
            }
        }
        return b.toString();
    }

    /**
     * Impact-T rfdata: one number per line, the E_z block of the SolRF element (as
     * openPMD-beamphysics forms it after the Impact-T manual and J. Qiang's RFcoeflcls.f90): the
     * number of coefficients 2N + 1, the distance of the field start before
     * the element's edge (0), the distance after it (L), the length L (m), then a0, a1, b1, a2,
     * b2, ...; then the B_z block of a cavity without solenoid: 1 coefficient, 0, L, L and 0.
     * E_z(z) = peak (a0/2 + Σ a_n cos(2πn(z − L/2)/L) + b_n sin(2πn(z − L/2)/L)) with z from the
     * element's edge.
     */
    public static String impactT(AxisFourier f) {
        StringBuilder b = new StringBuilder();
        double[] c = f.coefficients();
        b.append(c.length).append('\n');
        b.append(num(0)).append(num(f.length())).append(num(f.length()));
        for (double x : c) {
            b.append(num(x));
        }
        b.append("1\n").append(num(0)).append(num(f.length())).append(num(f.length())).append(num(0));
        return b.toString();
    }

    private static String num(double x) {
        return String.format(Locale.ROOT, "%.15g%n", x);
    }
}
