package org.cavityfem.analysis.merit;

import java.util.Objects;
import org.cavityfem.analysis.resistance.SurfaceResistance;

/**
 * What the figures of merit are computed for.
 *
 * @param acceleratingField E_acc the fields are scaled to (V/m), positive; 1 MV/m by default
 * @param activeLength L_active, the length E_acc is averaged over (m), positive
 * @param beta particle velocity over c, in (0, 1]
 * @param surfaceResistance the wall's surface resistance model
 * @param voltageFrom where the voltage integral along the axis starts (m); −∞ for the whole axis
 * @param voltageTo where it ends (m), above voltageFrom; +∞ for the whole axis
 * @param normalization how the fields are scaled (E_acc by default)
 */
public record MeritSettings(double acceleratingField, double activeLength, double beta,
        SurfaceResistance surfaceResistance, double voltageFrom, double voltageTo, Normalization normalization) {

    /** Default accelerating field, 1 MV/m (V/m). */
    public static final double DEFAULT_ACCELERATING_FIELD = 1e6;

    public MeritSettings {
        if (!(acceleratingField > 0) || !(activeLength > 0) || !(beta > 0 && beta <= 1)) {
            throw new IllegalArgumentException("need E_acc > 0, L_active > 0 and beta in (0, 1]");
        }
        Objects.requireNonNull(surfaceResistance, "surfaceResistance");
        Objects.requireNonNull(normalization, "normalization");
        if (!(voltageFrom < voltageTo)) {
            throw new IllegalArgumentException("the voltage integral needs from < to, got " + voltageFrom + " and "
                    + voltageTo + " m");
        }
    }

    /** Settings scaled to E_acc. */
    public MeritSettings(double acceleratingField, double activeLength, double beta,
            SurfaceResistance surfaceResistance, double voltageFrom, double voltageTo) {
        this(acceleratingField, activeLength, beta, surfaceResistance, voltageFrom, voltageTo,
                Normalization.acceleratingField());
    }

    /** Settings with the voltage integrated along the whole axis. */
    public MeritSettings(double acceleratingField, double activeLength, double beta,
            SurfaceResistance surfaceResistance) {
        this(acceleratingField, activeLength, beta, surfaceResistance, Double.NEGATIVE_INFINITY,
                Double.POSITIVE_INFINITY);
    }

    /** True when the voltage is integrated along the whole axis. */
    public boolean wholeAxis() {
        return voltageFrom == Double.NEGATIVE_INFINITY && voltageTo == Double.POSITIVE_INFINITY;
    }
}
