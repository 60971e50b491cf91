package org.cavityfem.analysis.merit;

import org.cavityfem.mesh.geometry.BoundaryKind;

/**
 * One wall segment's share of a mode's surface fields and losses.
 *
 * @param segment index of the contour segment
 * @param name segment name
 * @param kind metal wall or electric plane
 * @param length arc length of the segment (m)
 * @param peakElectricField largest |E_n| on it (V/m)
 * @param peakMagneticField largest |H_t| on it (A/m)
 * @param powerLoss its wall loss (W), 0 on an electric plane
 * @param powerShare its fraction of the mode's total wall loss
 */
public record SegmentSummary(int segment, String name, BoundaryKind kind, double length, double peakElectricField,
        double peakMagneticField, double powerLoss, double powerShare) {
}
