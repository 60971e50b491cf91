package org.cavityfem.app.bench;

import java.util.List;
import org.cavityfem.mesh.build.Pillbox;
import org.cavityfem.mesh.build.SphericalCavity;
import org.cavityfem.units.PhysicalConstants;

/** The cavities the bench measures, each with the closed form of its lowest monopole mode. */
public final class References {

    /** Pillbox radius and gap R = L (m): the 1.3 GHz-design pillbox of the superconducting-surface paper. */
    public static final double PILLBOX_SIZE = 0.115;
    /** Sphere radius a (m). */
    public static final double SPHERE_RADIUS = 0.100;
    /**
     * k a of the lowest TM mode of a spherical cavity (TM101 in spherical terms): the first root of
     * d/dx[x j1(x)] = 0, i.e. cos x / x − sin x / x² + sin x = 0, with j1 the spherical Bessel
     * function (tangential E = 0 at r = a; Jackson, Classical Electrodynamics, 3rd ed., §8.9 and
     * §9.7). Root found by bisection to double precision.
     */
    public static final double SPHERE_KA = 2.743707269992269;

    private References() {
    }

    /** Closed pillbox, R = L = 115 mm: k = j01 / R (TM010, independent of L). */
    public static Reference pillbox() {
        return new Reference("pillbox", Pillbox.closed(PILLBOX_SIZE, PILLBOX_SIZE).contour(),
                PhysicalConstants.J01 / PILLBOX_SIZE, PILLBOX_SIZE, "j01/R");
    }

    /** Sphere, a = 100 mm: k = 2.743707269992269 / a. */
    public static Reference sphere() {
        return new Reference("sphere", new SphericalCavity(SPHERE_RADIUS).contour(), SPHERE_KA / SPHERE_RADIUS,
                SPHERE_RADIUS, "(x j1(x))' = 0");
    }

    /** Both references. */
    public static List<Reference> all() {
        return List.of(pillbox(), sphere());
    }
}
