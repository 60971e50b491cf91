package org.cavityfem.casefile;

import java.util.OptionalDouble;
import org.cavityfem.mesh.build.SphericalCavity;
import org.cavityfem.mesh.geometry.Contour;

/**
 * A spherical cavity; its meridian section is a half disc on the axis.
 *
 * @param radius inner radius of the sphere (m)
 */
public record SphereGeometry(double radius) implements Geometry {

    /** Case-file type name. */
    public static final String TYPE = "sphere";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Contour contour() {
        return new SphericalCavity(radius).contour();
    }

    /** The diameter. */
    @Override
    public OptionalDouble defaultActiveLength(Contour contour) {
        return OptionalDouble.of(2 * radius);
    }
}
