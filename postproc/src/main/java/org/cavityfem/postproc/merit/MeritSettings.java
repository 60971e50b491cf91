package org.cavityfem.postproc.merit;

import java.util.Objects;
import org.cavityfem.postproc.resistance.SurfaceResistance;

/**
 * What the figures of merit are computed for.
 *
 * @param acceleratingField E_acc the fields are scaled to (V/m), positive; 1 MV/m by default
 * @param activeLength L_active, the length E_acc is averaged over (m), positive
 * @param beta particle velocity over c, in (0, 1]
 * @param surfaceResistance the wall's surface resistance model
 */
public record MeritSettings(double acceleratingField, double activeLength, double beta,
        SurfaceResistance surfaceResistance) {

    /** Default accelerating field, 1 MV/m (V/m). */
    public static final double DEFAULT_ACCELERATING_FIELD = 1e6;

    public MeritSettings {
        if (!(acceleratingField > 0) || !(activeLength > 0) || !(beta > 0 && beta <= 1)) {
            throw new IllegalArgumentException("need E_acc > 0, L_active > 0 and beta in (0, 1]");
        }
        Objects.requireNonNull(surfaceResistance, "surfaceResistance");
    }
}
