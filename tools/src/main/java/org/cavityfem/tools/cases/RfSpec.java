package org.cavityfem.tools.cases;

import java.util.Objects;
import java.util.OptionalDouble;
import org.cavityfem.postproc.merit.MeritSettings;
import org.cavityfem.postproc.resistance.NormalConductor;
import org.cavityfem.postproc.resistance.SurfaceResistance;

/**
 * The {@code rf} section of a case: what the figures of merit are computed for.
 *
 * @param acceleratingField E_acc the fields are scaled to (V/m), positive
 * @param activeLength L_active (m); empty until {@link CaseResolver} fills in the geometry's default
 * @param beta particle velocity over c, in (0, 1]
 * @param surfaceResistance the wall's surface resistance model
 */
public record RfSpec(double acceleratingField, OptionalDouble activeLength, double beta,
        SurfaceResistance surfaceResistance) {

    /** Conductivity of the default wall, copper at room temperature (S/m). */
    public static final double COPPER_CONDUCTIVITY = 5.8e7;

    public RfSpec {
        Objects.requireNonNull(activeLength, "activeLength");
        Objects.requireNonNull(surfaceResistance, "surfaceResistance");
    }

    /** The defaults: 1 MV/m, the geometry's active length, β = 1, copper walls. */
    public static RfSpec defaults() {
        return new RfSpec(MeritSettings.DEFAULT_ACCELERATING_FIELD, OptionalDouble.empty(), 1,
                new NormalConductor(COPPER_CONDUCTIVITY));
    }

    /** A copy with the active length given. */
    public RfSpec withActiveLength(double length) {
        return new RfSpec(acceleratingField, OptionalDouble.of(length), beta, surfaceResistance);
    }

    /**
     * The settings of the figures of merit.
     *
     * @param defaultActiveLength the active length to use when the case gives none (m)
     */
    public MeritSettings settings(double defaultActiveLength) {
        return new MeritSettings(acceleratingField, activeLength.orElse(defaultActiveLength), beta, surfaceResistance);
    }
}
