package org.cavityfem.analysis.accuracy;

import java.util.Map;
import org.cavityfem.analysis.merit.ModeAnalysis;
import org.cavityfem.analysis.merit.WallLocation;
import org.cavityfem.analysis.wall.WallEdge;
import org.cavityfem.analysis.wall.WallPoint;
import org.cavityfem.analysis.wall.WallTable;
import org.cavityfem.mesh.geometry.BoundaryKind;

/**
 * The location estimates of E_pk and H_pk, compared on the same wall segment. A cavity with mirror
 * symmetry has its peak twice (a pillbox's two end plates); the two solves may pick different
 * copies, whose distance says nothing about the error, so the reference peak is searched on the
 * segment of the reported one.
 */
public final class PeakLocations {

    private PeakLocations() {
    }

    /** Replaces the {@code Epk_location_m} and {@code Hpk_location_m} estimates of {@code errors}. */
    public static void estimate(ModeAnalysis reported, ModeAnalysis reference, double size, Map<String, Double> errors) {
        WallLocation e = reported.figures().peakElectricField();
        WallLocation h = reported.figures().peakMagneticField();
        if (e != null && errors.containsKey("Epk_location_m")) {
            WallPoint p = onSegment(reference.wall(), e.segmentName(), true);
            errors.put("Epk_location_m", Math.hypot(p.z() - e.z(), p.r() - e.r()) / size);
        }
        if (h != null && errors.containsKey("Hpk_location_m")) {
            WallPoint p = onSegment(reference.wall(), h.segmentName(), false);
            errors.put("Hpk_location_m", Math.hypot(p.z() - h.z(), p.r() - h.r()) / size);
        }
    }

    private static WallPoint onSegment(WallTable wall, String segment, boolean electric) {
        return wall.peak((WallEdge edge) -> edge.kind() == BoundaryKind.METAL && edge.segment().name().equals(segment),
                electric ? p -> Math.abs(p.normalElectricField()) : p -> Math.abs(p.surfaceCurrent()));
    }
}
