package org.cavityfem.casefile;

import java.util.Objects;
import java.util.Optional;
import org.cavityfem.analysis.fieldmap.GridSpec;
import org.cavityfem.analysis.fieldmap.Normalisation;

/**
 * One field map for beam-dynamics codes: an entry of {@code output.fieldMaps}, or the options of
 * {@code cavity fieldmap}.
 *
 * @param mode index of the mode in the result (from 0, as in summary.json)
 * @param grid the grid; empty for the default, {@value #DEFAULT_Z_INTERVALS} × {@value #DEFAULT_R_INTERVALS}
 *     intervals over the cavity's bounding box from the axis
 * @param normalisation what the fields are scaled to
 * @param harmonics number N of Fourier harmonics of the Impact-T on-axis series (2N + 1 coefficients)
 */
public record FieldMapSpec(int mode, Optional<GridSpec> grid, Normalisation normalisation, int harmonics) {

    /** Default intervals along z. */
    public static final int DEFAULT_Z_INTERVALS = 200;
    /** Default intervals along r. */
    public static final int DEFAULT_R_INTERVALS = 50;
    /** Default Fourier harmonics. */
    public static final int DEFAULT_HARMONICS = 40;
    /** Largest number of grid points, to keep files within reason. */
    public static final long MAX_POINTS = 20_000_000L;

    public FieldMapSpec {
        Objects.requireNonNull(grid, "grid");
        Objects.requireNonNull(normalisation, "normalisation");
        if (mode < 0) {
            throw new IllegalArgumentException("mode index must be at least 0, got " + mode);
        }
        if (harmonics < 0) {
            throw new IllegalArgumentException("harmonics must be at least 0, got " + harmonics);
        }
    }

    /** The default map of a mode: default grid, peak on-axis field 1 MV/m, 40 harmonics. */
    public static FieldMapSpec defaults(int mode) {
        return new FieldMapSpec(mode, Optional.empty(), new Normalisation(Normalisation.Kind.PEAK_AXIS, 1e6),
                DEFAULT_HARMONICS);
    }
}
