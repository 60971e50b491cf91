package org.cavityfem.analysis.merit;

/**
 * A value on the wall and where it is.
 *
 * @param value the value (unit given by the use)
 * @param z axial coordinate (m)
 * @param r radial coordinate (m)
 * @param segmentName contour segment it lies on
 */
public record WallLocation(double value, double z, double r, String segmentName) {
}
