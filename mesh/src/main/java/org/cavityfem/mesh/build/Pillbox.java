package org.cavityfem.mesh.build;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cavityfem.mesh.geometry.BoundaryKind;
import org.cavityfem.mesh.geometry.CircularArc;
import org.cavityfem.mesh.geometry.Contour;
import org.cavityfem.mesh.geometry.ContourSegment;
import org.cavityfem.mesh.geometry.InvalidGeometryException;
import org.cavityfem.mesh.geometry.Line;
import org.cavityfem.mesh.geometry.Point;

/**
 * A pillbox cell centred at z = 0, optionally with a beam pipe of the same radius and length on
 * both sides. Every wall is metal; the pipe ends are closed by metal planes.
 *
 * <p>The step from an end plate into a pipe is a re-entrant corner (interior angle 3π/2), where the
 * fields are singular and E_pk has no finite value; a blend radius rounds it with a quarter circle
 * tangent to the plate and the pipe wall.
 *
 * @param radius cell radius (m)
 * @param gap cell length along z (m)
 * @param pipeRadius beam-pipe radius (m), 0 for no pipes
 * @param pipeLength length of each beam pipe (m), 0 for no pipes
 * @param blendRadius radius of the arc rounding each pipe step (m), 0 for a sharp step
 */
public record Pillbox(double radius, double gap, double pipeRadius, double pipeLength, double blendRadius) {

    /** A pillbox whose pipe steps are sharp. */
    public Pillbox(double radius, double gap, double pipeRadius, double pipeLength) {
        this(radius, gap, pipeRadius, pipeLength, 0);
    }

    public Pillbox {
        positive("radius", radius);
        positive("gap", gap);
        if (!(pipeRadius >= 0) || !(pipeLength >= 0) || Double.isInfinite(pipeRadius) || Double.isInfinite(pipeLength)) {
            throw new InvalidGeometryException(String.format(Locale.ROOT,
                    "pillbox pipe radius and length must be finite and >= 0 m, got %s m and %s m",
                    pipeRadius, pipeLength));
        }
        if ((pipeRadius > 0) != (pipeLength > 0)) {
            throw new InvalidGeometryException(String.format(Locale.ROOT,
                    "pillbox pipe radius (%s m) and pipe length (%s m) must both be 0 (no pipes) or both positive",
                    pipeRadius, pipeLength));
        }
        if (pipeRadius >= radius) {
            throw new InvalidGeometryException(String.format(Locale.ROOT,
                    "pillbox pipe radius %s m must be smaller than the cell radius %s m", pipeRadius, radius));
        }
        if (!(blendRadius >= 0) || Double.isInfinite(blendRadius)
                || blendRadius > 0 && !(blendRadius < pipeLength && blendRadius < radius - pipeRadius)) {
            throw new InvalidGeometryException(String.format(Locale.ROOT,
                    "pillbox blend radius %s m must be >= 0 and, with pipes, smaller than the pipe length (%s m) and "
                            + "the end plate's height (radius - pipe radius = %s m)",
                    blendRadius, pipeLength, radius - pipeRadius));
        }
    }

    /** A closed pillbox without beam pipes. */
    public static Pillbox closed(double radius, double gap) {
        return new Pillbox(radius, gap, 0, 0);
    }

    private static void positive(String name, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new InvalidGeometryException("pillbox " + name + " must be a positive length, got " + value + " m");
        }
    }

    /** True when the cell has beam pipes. */
    public boolean hasPipes() {
        return pipeLength > 0;
    }

    /** The wall contour, counter-clockwise from the axis. */
    public Contour contour() {
        double zc = gap / 2;
        double ze = zc + pipeLength;
        double a = pipeRadius;
        List<ContourSegment> segments = new ArrayList<>();
        segments.add(line(-ze, 0, ze, 0, BoundaryKind.AXIS, "pillbox.axis"));
        double b = hasPipes() ? blendRadius : 0;
        if (hasPipes()) {
            segments.add(line(ze, 0, ze, a, BoundaryKind.METAL, "pillbox.pipeEnd.right"));
            segments.add(line(ze, a, zc + b, a, BoundaryKind.METAL, "pillbox.pipe.right"));
            if (b > 0) {
                // Clockwise about a centre inside the metal, from the pipe wall up to the end plate.
                segments.add(new ContourSegment(CircularArc.through(new Point(zc + b, a), new Point(zc, a + b),
                        new Point(zc + b, a + b), false), BoundaryKind.METAL, "pillbox.blend.right"));
            }
        }
        segments.add(line(zc, a + b, zc, radius, BoundaryKind.METAL, "pillbox.endPlate.right"));
        segments.add(line(zc, radius, -zc, radius, BoundaryKind.METAL, "pillbox.outerWall"));
        segments.add(line(-zc, radius, -zc, a + b, BoundaryKind.METAL, "pillbox.endPlate.left"));
        if (hasPipes()) {
            if (b > 0) {
                segments.add(new ContourSegment(CircularArc.through(new Point(-zc, a + b), new Point(-zc - b, a),
                        new Point(-zc - b, a + b), false), BoundaryKind.METAL, "pillbox.blend.left"));
            }
            segments.add(line(-zc - b, a, -ze, a, BoundaryKind.METAL, "pillbox.pipe.left"));
            segments.add(line(-ze, a, -ze, 0, BoundaryKind.METAL, "pillbox.pipeEnd.left"));
        }
        return Contour.of(segments);
    }

    private static ContourSegment line(double z0, double r0, double z1, double r1, BoundaryKind kind, String name) {
        return new ContourSegment(new Line(new Point(z0, r0), new Point(z1, r1)), kind, name);
    }
}
