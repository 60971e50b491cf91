package org.cavityfem.casefile;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.cavityfem.mesh.build.Pillbox;
import org.cavityfem.mesh.geometry.Contour;

/**
 * A cylindrical pillbox cavity, optionally with a beam pipe on each side.
 *
 * @param radius inner radius of the cylinder (m)
 * @param gap inner length of the cylinder along z (m)
 * @param beamPipe the beam pipes, if any
 */
public record PillboxGeometry(double radius, double gap, Optional<BeamPipe> beamPipe) implements Geometry {

    /** Case-file type name. */
    public static final String TYPE = "pillbox";

    /**
     * One beam pipe on each end of the pillbox, coaxial with it.
     *
     * @param radius inner radius of the pipe (m), smaller than the pillbox radius
     * @param length length of each pipe along z (m)
     * @param blendRadius radius of the arc that rounds the step from end plate to pipe (m), 0 for a
     *     sharp, singular step
     */
    public record BeamPipe(double radius, double length, double blendRadius) {

        /** A pipe whose step is sharp. */
        public BeamPipe(double radius, double length) {
            this(radius, length, 0);
        }
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Contour contour() {
        return beamPipe.map(pipe -> new Pillbox(radius, gap, pipe.radius(), pipe.length(), pipe.blendRadius()))
                .orElse(Pillbox.closed(radius, gap))
                .contour();
    }

    /** The gap. */
    @Override
    public OptionalDouble defaultActiveLength(Contour contour) {
        return OptionalDouble.of(gap);
    }

    /** The tunable parameters: the cylinder's radius and gap. */
    public static final List<String> PARAMETER_NAMES = List.of("radius", "gap");

    @Override
    public List<String> parameterNames() {
        return PARAMETER_NAMES;
    }

    /** {@code radius} or {@code gap} (m). */
    @Override
    public double parameter(String name) {
        return switch (name) {
            case "radius" -> radius;
            case "gap" -> gap;
            default -> Geometry.super.parameter(name);
        };
    }

    /**
     * A copy with the radius or the gap set to {@code value} (m); whether the pillbox is still valid
     * is checked when its contour is built.
     */
    @Override
    public PillboxGeometry withParameter(String name, double value) {
        return switch (name) {
            case "radius" -> new PillboxGeometry(value, gap, beamPipe);
            case "gap" -> new PillboxGeometry(radius, value, beamPipe);
            default -> throw new IllegalArgumentException("a pillbox geometry has no tunable parameter \"" + name
                    + "\"; its parameters are radius and gap");
        };
    }
}
