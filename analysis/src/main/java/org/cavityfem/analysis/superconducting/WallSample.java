package org.cavityfem.analysis.superconducting;

import java.util.Objects;

/**
 * The fields at one point of a cavity wall, in the order the points follow the wall.
 *
 * @param segment index of the contour segment the point lies on
 * @param segmentName name of that segment (may be empty)
 * @param arcLength arc length along the wall from its start (m)
 * @param z axial coordinate (m)
 * @param r radial coordinate (m)
 * @param surfaceCurrent surface current density K = H_phi on the wall, peak amplitude (A/m)
 * @param surfaceCharge surface charge density σ = ε0 E_n, peak amplitude (C/m²)
 */
public record WallSample(int segment, String segmentName, double arcLength, double z, double r, double surfaceCurrent,
        double surfaceCharge) {

    public WallSample {
        Objects.requireNonNull(segmentName, "segmentName");
    }
}
