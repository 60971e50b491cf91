package org.cavityfem.mesh.build;

import java.util.Locale;
import org.cavityfem.mesh.geometry.InvalidGeometryException;

/**
 * A straight beam pipe on one end of a cavity, coaxial with it.
 *
 * @param radius inner radius (m)
 * @param length length along z from the cavity's end iris plane to the pipe's end plane (m)
 */
public record BeamPipe(double radius, double length) {

    public BeamPipe {
        if (!(radius > 0) || !(length > 0) || Double.isInfinite(radius) || Double.isInfinite(length)) {
            throw new InvalidGeometryException(String.format(Locale.ROOT,
                    "beam pipe radius and length must be positive lengths, got %s m and %s m", radius, length));
        }
    }
}
