package org.cavityfem.tools.cases;

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
}
