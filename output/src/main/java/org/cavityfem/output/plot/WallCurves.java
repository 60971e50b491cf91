package org.cavityfem.output.plot;

import java.util.List;
import org.cavityfem.analysis.wall.WallPoint;
import org.cavityfem.analysis.wall.WallTable;

/** The metal-wall part of a {@link WallTable} as a plotted curve, with the table's own peaks. */
public final class WallCurves {

    private WallCurves() {
    }

    /**
     * The samples on metal walls, in arc-length order, and the peaks of |K| = |H_t| and |E_n| that
     * the table finds on the continuous trace of the metal walls (the ones the figures of merit report).
     *
     * @return the curve, or null when the table has no metal wall
     */
    public static WallCurve of(WallTable table) {
        List<WallPoint> metal = table.points().stream().filter(table::isMetal).toList();
        if (metal.isEmpty()) {
            return null;
        }
        int n = metal.size();
        double[] s = new double[n];
        double[] z = new double[n];
        double[] r = new double[n];
        double[] h = new double[n];
        double[] e = new double[n];
        for (int i = 0; i < n; i++) {
            WallPoint p = metal.get(i);
            s[i] = p.arcLength();
            z[i] = p.z();
            r[i] = p.r();
            h[i] = p.surfaceCurrent();
            e[i] = p.normalElectricField();
        }
        WallPoint hPeak = table.peak(WallTable.metal(), p -> Math.abs(p.surfaceCurrent()));
        WallPoint ePeak = table.peak(WallTable.metal(), p -> Math.abs(p.normalElectricField()));
        return new WallCurve(s, z, r, h, e,
                new WallCurve.Peak(hPeak.arcLength(), hPeak.z(), hPeak.r(), Math.abs(hPeak.surfaceCurrent())),
                new WallCurve.Peak(ePeak.arcLength(), ePeak.z(), ePeak.r(), Math.abs(ePeak.normalElectricField())));
    }
}
