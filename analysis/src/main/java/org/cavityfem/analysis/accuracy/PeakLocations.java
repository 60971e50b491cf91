package org.cavityfem.analysis.accuracy;

import java.util.Map;
import org.cavityfem.analysis.merit.ModeAnalysis;
import org.cavityfem.analysis.merit.WallLocation;
import org.cavityfem.analysis.wall.WallEdge;
import org.cavityfem.analysis.wall.WallPoint;
import org.cavityfem.analysis.wall.WallTable;
import org.cavityfem.mesh.geometry.BoundaryKind;

/**
 * The location estimates of E_pk and H_pk. A cavity with mirror symmetry has its peak twice (a
 * pillbox's two end plates); the two solves may pick different copies, whose distance says nothing
 * about the error. So the reference's peak is taken per wall segment, and of the segments whose
 * peak comes within {@link #TIE} of the largest, the one whose peak lies nearest the reported
 * location is the reference location.
 */
public final class PeakLocations {

    /** Relative difference below which two segments' peaks count as copies of one peak. */
    public static final double TIE = 1e-3;

    private PeakLocations() {
    }

    /** Replaces the {@code Epk_location_m} and {@code Hpk_location_m} estimates of {@code errors}. */
    public static void estimate(ModeAnalysis reported, ModeAnalysis reference, double size, Map<String, Double> errors) {
        WallLocation e = reported.figures().peakElectricField();
        WallLocation h = reported.figures().peakMagneticField();
        if (e != null && errors.containsKey("Epk_location_m")) {
            WallPoint p = nearest(reference.wall(), e, true);
            errors.put("Epk_location_m", Math.hypot(p.z() - e.z(), p.r() - e.r()) / size);
        }
        if (h != null && errors.containsKey("Hpk_location_m")) {
            WallPoint p = nearest(reference.wall(), h, false);
            errors.put("Hpk_location_m", Math.hypot(p.z() - h.z(), p.r() - h.r()) / size);
        }
    }

    /**
     * The distance over {@code size} from (z, r) to the copy of the reference's H_pk nearest it: the
     * estimate of a location that is H_pk's by definition, such as the superconducting-surface
     * block's vortex entry (the wall sample of the largest current).
     */
    public static double toMagneticPeak(ModeAnalysis reference, double z, double r, double size) {
        WallPoint p = nearest(reference.wall(), new WallLocation(Double.NaN, z, r, ""), false);
        return Math.hypot(p.z() - z, p.r() - r) / size;
    }

    private static WallPoint nearest(WallTable wall, WallLocation reported, boolean electric) {
        java.util.function.ToDoubleFunction<WallPoint> magnitude = electric ? p -> Math.abs(p.normalElectricField())
                : p -> Math.abs(p.surfaceCurrent());
        java.util.List<WallPoint> peaks = new java.util.ArrayList<>();
        java.util.Set<Integer> segments = new java.util.TreeSet<>();
        for (WallEdge edge : wall.edges()) {
            if (edge.kind() == BoundaryKind.METAL) {
                segments.add(edge.segmentIndex());
            }
        }
        double largest = 0;
        for (int segment : segments) {
            WallPoint p = wall.peak((WallEdge edge) -> edge.kind() == BoundaryKind.METAL
                    && edge.segmentIndex() == segment, magnitude);
            peaks.add(p);
            largest = Math.max(largest, magnitude.applyAsDouble(p));
        }
        WallPoint best = null;
        double distance = Double.POSITIVE_INFINITY;
        for (WallPoint p : peaks) {
            double d = Math.hypot(p.z() - reported.z(), p.r() - reported.r());
            if (magnitude.applyAsDouble(p) >= (1 - TIE) * largest && d < distance) {
                distance = d;
                best = p;
            }
        }
        return best;
    }
}
