package org.cavityfem.analysis.wall;

import org.cavityfem.units.PhysicalConstants;

/**
 * The fields at one point of a wall (a metal wall or an electric symmetry plane) of the meridian
 * contour. Amplitudes are peak values; the sign convention is the one of {@link WallTable}: the
 * normal n points from the wall into the cavity, so {@code surfaceCharge} is the true charge
 * density on the wall by Gauss's law.
 *
 * @param segment index of the contour segment (in {@code mesh.contour().segments()})
 * @param segmentName name of that segment, e.g. {@code geometry.segments[2]} or {@code pillbox.outerWall}
 * @param arcLength s, arc length along the whole wall from its start, the contour run counter-clockwise (m)
 * @param z axial coordinate (m)
 * @param r radial coordinate (m)
 * @param surfaceCurrent K = H_phi, the surface current density along the wall (A/m); positive
 *     along the counter-clockwise tangent of the contour
 * @param normalElectricField E_n = E·n, n from the wall into the cavity (V/m)
 * @param surfaceCharge σ = ε0 E_n (C/m²)
 */
public record WallPoint(int segment, String segmentName, double arcLength, double z, double r,
        double surfaceCurrent, double normalElectricField, double surfaceCharge) {

    /** Magnetic flux density at the wall, μ0 |K| (T). */
    public double magneticFluxDensity() {
        return PhysicalConstants.MU_0 * Math.abs(surfaceCurrent);
    }

    /**
     * The current crossing the circle of radius r on the wall, I = 2π r K (A), positive along the
     * counter-clockwise tangent.
     */
    public double enclosedCurrent() {
        return 2 * Math.PI * r * surfaceCurrent;
    }
}
