package org.cavityfem.analysis.superconducting;

import static org.cavityfem.units.PhysicalConstants.EPSILON_0;
import static org.cavityfem.units.PhysicalConstants.ETA_0;
import static org.cavityfem.units.PhysicalConstants.J01;
import static org.cavityfem.units.PhysicalConstants.SPEED_OF_LIGHT;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.special.BesselJ;

/**
 * The exact TM010 wall fields of a closed pillbox of radius R and gap L: k = j01/R,
 * E_z = E0 J0(kr), H_phi = (E0/η0) J1(kr), E_r = 0 (e.g. Jackson, Classical Electrodynamics, §8.7).
 * On the plates σ = ±ε0 E0 J0(kr) and K = (E0/η0) J1(kr); on the cylinder σ = 0 and
 * K = (E0/η0) J1(j01). The centre field E_c is E0.
 *
 * @param radius R (m)
 * @param gap L (m)
 */
public record ExactPillbox(double radius, double gap) {

    public ExactPillbox {
        if (!(radius > 0) || !(gap > 0)) {
            throw new IllegalArgumentException("radius and gap must be positive");
        }
    }

    /** The paper's pillbox, r0 = l0 = 0.115 m. */
    public static ExactPillbox paper() {
        return new ExactPillbox(0.115, 0.115);
    }

    /** k = j01/R (1/m). */
    public double waveNumber() {
        return J01 / radius;
    }

    /** ω = c j01/R (rad/s). */
    public double angularFrequency() {
        return SPEED_OF_LIGHT * waveNumber();
    }

    /** J0(x). */
    public static double besselJ0(double x) {
        return BesselJ.value(0, x);
    }

    /** J1(x). */
    public static double besselJ1(double x) {
        return BesselJ.value(1, x);
    }

    /**
     * Wall fields with E_acc = E_c/√2 (the paper's definition) equal to {@code eacc}, sampled at
     * {@code perWall + 1} points on each plate and on the cylinder, from the axis at z = 0 round to
     * the axis at z = L.
     *
     * @param eacc E_acc (V/m)
     * @param perWall intervals per wall (≥ 1)
     */
    public WallFields wallFields(double eacc, int perWall) {
        double e0 = Math.sqrt(2) * eacc;
        double k = waveNumber();
        List<WallSample> samples = new ArrayList<>();
        double s = 0;
        for (int i = 0; i <= perWall; i++) {
            double r = radius * i / perWall;
            samples.add(new WallSample(0, "left plate", s + r, 0, r, e0 / ETA_0 * besselJ1(k * r),
                    EPSILON_0 * e0 * besselJ0(k * r)));
        }
        s += radius;
        for (int i = 1; i <= perWall; i++) {
            double z = gap * i / perWall;
            samples.add(new WallSample(1, "cylinder", s + z, z, radius, e0 / ETA_0 * besselJ1(J01), 0));
        }
        s += gap;
        for (int i = 1; i <= perWall; i++) {
            double r = radius * (perWall - i) / perWall;
            samples.add(new WallSample(2, "right plate", s + radius - r, gap, r, e0 / ETA_0 * besselJ1(k * r),
                    -EPSILON_0 * e0 * besselJ0(k * r)));
        }
        return new WallFields(samples, angularFrequency(), eacc, "E_c/√2", e0);
    }
}
