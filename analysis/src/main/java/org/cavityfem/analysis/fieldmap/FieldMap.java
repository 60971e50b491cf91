package org.cavityfem.analysis.fieldmap;

import java.util.Optional;
import java.util.stream.IntStream;
import org.cavityfem.analysis.field.AxisProfile;
import org.cavityfem.analysis.field.FieldSample;
import org.cavityfem.analysis.field.ModeField;
import org.cavityfem.units.PhysicalConstants;

/**
 * One mode's fields on a {@link GridSpec}, at a chosen amplitude. Points outside the cavity hold
 * zeros and are flagged. Arrays run point by point with z fastest: index = j (nz + 1) + i for
 * column i (z) and row j (r).
 *
 * <p>Phase convention: E ~ cos ωt, B ~ sin ωt (package documentation). The eigen solution's H
 * sample relates to the written B_φ by B_φ = −μ0 H (see {@link #bPhi}).
 *
 * @param grid the points
 * @param frequency the mode's frequency (Hz)
 * @param normalisation what the amplitude was fixed by
 * @param storedEnergy the stored energy at this amplitude (J)
 * @param ez E_z (V/m)
 * @param er E_r (V/m)
 * @param bPhi B_φ (T)
 * @param inside true where the point lies in the cavity
 */
public record FieldMap(GridSpec grid, double frequency, Normalisation normalisation, double storedEnergy,
        double[] ez, double[] er, double[] bPhi, boolean[] inside) {

    /**
     * Samples a mode on a grid.
     *
     * @param unit the mode at a stored energy of 1 J
     * @param grid the points
     * @param norm the amplitude to scale to
     * @param beta particle velocity over c, for {@link Normalisation.Kind#EACC}
     * @param activeLength L_active (m), for {@link Normalisation.Kind#EACC}
     * @throws IllegalArgumentException when no grid point lies in the cavity, or the mode has no
     *     on-axis field to normalise by
     */
    public static FieldMap sample(ModeField unit, GridSpec grid, Normalisation norm, double beta,
            double activeLength) {
        return sampleScaled(unit, grid, norm, scale(unit, norm, beta, activeLength));
    }

    /**
     * Samples a mode on a grid at a given amplitude.
     *
     * @param unit the mode at a stored energy of 1 J
     * @param grid the points
     * @param norm the normalisation the amplitude stands for, for the files' headers
     * @param factor the amplitude relative to the 1 J field
     */
    public static FieldMap sampleScaled(ModeField unit, GridSpec grid, Normalisation norm, double factor) {
        ModeField field = unit.scaledBy(factor);
        int n = grid.points();
        double[] ez = new double[n];
        double[] er = new double[n];
        double[] b = new double[n];
        boolean[] in = new boolean[n];
        int columns = grid.nz() + 1;
        // Rows in parallel: each point depends on its position only.
        IntStream.rangeClosed(0, grid.nr()).parallel().forEach(j -> {
            double r = grid.r(j);
            for (int i = 0; i < columns; i++) {
                Optional<FieldSample> s = field.at(grid.z(i), r);
                if (s.isPresent()) {
                    int k = j * columns + i;
                    ez[k] = s.get().axialElectricField();
                    er[k] = s.get().radialElectricField();
                    b[k] = -PhysicalConstants.MU_0 * s.get().magneticField();
                    in[k] = true;
                }
            }
        });
        boolean any = false;
        for (boolean x : in) {
            any |= x;
        }
        if (!any) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT, "no point of the field map grid "
                    + "(z %.6g ... %.6g m, r %.6g ... %.6g m) lies inside the cavity", grid.zMin(), grid.zMax(),
                    grid.rMin(), grid.rMax()));
        }
        return new FieldMap(grid, unit.mode().frequency(), norm, field.storedEnergy(), ez, er, b, in);
    }

    /**
     * The factor from the 1 J field to the normalisation; E_acc is V_acc(β) over the whole axis
     * divided by the active length.
     */
    public static double scale(ModeField unit, Normalisation norm, double beta, double activeLength) {
        if (norm.kind() == Normalisation.Kind.ENERGY) {
            return Math.sqrt(norm.value());
        }
        AxisProfile axis = AxisProfile.of(unit);
        if (axis.isEmpty()) {
            throw new IllegalArgumentException("the mode has no field on the axis to normalise by; use the stored "
                    + "energy normalisation");
        }
        double reference;
        if (norm.kind() == Normalisation.Kind.PEAK_AXIS) {
            reference = 0;
            for (double f : axis.axialField()) {
                reference = Math.max(reference, Math.abs(f));
            }
        } else {
            reference = axis.voltage(beta) / activeLength;
        }
        if (!(reference > 0)) {
            throw new IllegalArgumentException("the mode's on-axis field vanishes; normalise it by its stored energy");
        }
        return norm.value() / reference;
    }

    /** |E| (V/m) at point k. */
    public double eMagnitude(int k) {
        return Math.hypot(ez[k], er[k]);
    }

    /** Number of grid points inside the cavity. */
    public int insideCount() {
        int c = 0;
        for (boolean x : inside) {
            c += x ? 1 : 0;
        }
        return c;
    }

    /** Index of column i (z), row j (r). */
    public int index(int i, int j) {
        return j * (grid.nz() + 1) + i;
    }
}
