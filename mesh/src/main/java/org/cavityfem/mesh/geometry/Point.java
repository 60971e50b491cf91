package org.cavityfem.mesh.geometry;

/**
 * A point of the meridian half-plane.
 *
 * @param z axial coordinate (m)
 * @param r radial coordinate (m), r >= 0 inside the domain
 */
public record Point(double z, double r) {

    /** Distance to another point (m). */
    public double distance(Point other) {
        return Math.hypot(other.z - z, other.r - r);
    }

    /** This point moved by (dz, dr) (m). */
    public Point plus(double dz, double dr) {
        return new Point(z + dz, r + dr);
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "(z=%.6g m, r=%.6g m)", z, r);
    }
}
