package org.cavityfem.analysis.accuracy;

import java.util.Map;
import java.util.Set;
import org.cavityfem.analysis.hom.AzimuthalFigures;
import org.cavityfem.analysis.hom.AzimuthalQuantities;
import org.cavityfem.analysis.hom.HomQuantities;
import org.cavityfem.analysis.merit.WallLocation;

/**
 * The estimates of a TE0 or m ≥ 1 mode's figures (design.md §2.13, §2.14): every real quantity of
 * the per-mode table ({@link AzimuthalQuantities}) and of the HOM table ({@link HomQuantities}),
 * keyed as in summary.json, against the matched mode of the reference solve, as
 * {@link QuantityErrors} does for the monopole TM figures; a peak's location by its distance to
 * the reference's over the cavity size.
 *
 * <p>A cavity with mirror symmetry has each peak twice (a pillbox's two end plates), and the two
 * solves may pick different copies, whose distance says nothing about the error. When the
 * reference's peak lies on another wall segment than the reported one, the reference's peak on the
 * reported segment counts instead if it comes within {@link PeakLocations#TIE} of its overall peak
 * (a copy); otherwise the peak moved, and the distance to it is the estimate.
 */
public final class AzimuthalErrors {

    /**
     * Quantities without an estimate: U is 1 J by the normalisation; the offset r0 and the external Q
     * are inputs of the case (besides {@link QuantityErrors#NOT_ESTIMATED}).
     */
    public static final Set<String> NOT_ESTIMATED = Set.of("storedEnergy_J", "offset_m", "externalQ");

    /** The reference mode's peaks on one named wall segment: {E_pk, H_pk}. */
    @FunctionalInterface
    public interface SegmentPeaks {
        WallLocation[] on(String segment);
    }

    private AzimuthalErrors() {
    }

    /**
     * The estimates of one mode.
     *
     * @param reported the mode's figures
     * @param reference the matched mode's figures in the reference solve
     * @param size the cavity's size (m), the scale of a location's error
     * @param onSegment the reference mode's peaks restricted to one segment
     */
    public static Map<String, Double> of(AzimuthalFigures reported, AzimuthalFigures reference, double size,
            SegmentPeaks onSegment) {
        Map<String, Double> out = QuantityErrors.of(AzimuthalQuantities.TABLE, reported, reference, size);
        QuantityErrors.of(HomQuantities.TABLE, reported, reference, size).forEach(out::putIfAbsent);
        out.keySet().removeAll(NOT_ESTIMATED);
        WallLocation[] copies = null;
        WallLocation[] mine = {reported.electricPeak(), reported.magneticPeak()};
        WallLocation[] theirs = {reference.electricPeak(), reference.magneticPeak()};
        String[] keys = {"Epk_location_m", "Hpk_location_m"};
        for (int k = 0; k < 2; k++) {
            if (!out.containsKey(keys[k]) || mine[k].segmentName().equals(theirs[k].segmentName())) {
                continue;
            }
            if (copies == null || !mine[0].segmentName().equals(mine[1].segmentName())) {
                copies = onSegment.on(mine[k].segmentName());
            }
            WallLocation there = copies[k];
            WallLocation peak = there.value() >= (1 - PeakLocations.TIE) * theirs[k].value() ? there : theirs[k];
            out.put(keys[k], Math.hypot(peak.z() - mine[k].z(), peak.r() - mine[k].r()) / size);
        }
        return out;
    }
}
