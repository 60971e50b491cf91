package org.cavityfem.analysis.merit;

import java.util.Arrays;
import java.util.Optional;

/**
 * How the fields of the modes are scaled before the figures of merit are taken (case key
 * {@code rf.normalization}, docs/case-format.md): to the case's accelerating field (the default), to
 * a stored energy, or to a peak surface electric field. Ratios (Q0, G, R/Q, T, E_pk/E_acc, ...) do
 * not depend on it; the amplitudes (U, P, V_acc, E_acc, E_pk, H_pk, the wall tables, the ParaView
 * files and plots) do.
 *
 * <p>Under E_acc a mode without accelerating voltage, or with a voltage negligible against the
 * strongest mode's ({@link #negligible}), is scaled to the stored energy instead: scaled to 1 MV/m,
 * the lower passband modes of a 9-cell cavity would show fields of thousands of MV/m and energies of
 * 10⁵ J. Each mode records what it got ({@link Applied}).
 *
 * @param kind what is held fixed
 * @param storedEnergy U (J) under {@link Kind#STORED_ENERGY}, and for the modes left without a usable
 *     voltage under {@link Kind#ACCELERATING_FIELD}; positive
 * @param peakSurfaceField E_pk (V/m) under {@link Kind#PEAK_SURFACE_FIELD}; positive
 */
public record Normalization(Kind kind, double storedEnergy, double peakSurfaceField) {

    /**
     * A mode's voltage is negligible when its R/Q, V_acc²/(ωU), is below this fraction of the largest
     * R/Q among the computed modes: at equal stored energy its voltage is below 10 % of the strongest
     * mode's. In the TESLA 9-cell every passband mode but π falls below (their R/Q is at most 0.6 % of
     * the π-mode's); a pillbox's TM011 and TM020 do not.
     */
    public static final double NEGLIGIBLE_R_OVER_Q = 1e-2;

    /** Default stored energy, 1 J. */
    public static final double DEFAULT_STORED_ENERGY = 1;

    /** Default peak surface field, 1 MV/m (V/m). */
    public static final double DEFAULT_PEAK_SURFACE_FIELD = 1e6;

    /** What the scaling holds fixed. */
    public enum Kind {
        /** E_acc = rf.acceleratingField. */
        ACCELERATING_FIELD("Eacc"),
        /** U = rf.storedEnergy_J. */
        STORED_ENERGY("storedEnergy"),
        /** E_pk = rf.peakSurfaceField. */
        PEAK_SURFACE_FIELD("Epk");

        private final String key;

        Kind(String key) {
            this.key = key;
        }

        /** The name in case files and results: {@code Eacc}, {@code storedEnergy}, {@code Epk}. */
        public String key() {
            return key;
        }

        /** The kind of a case-file name, or empty. */
        public static Optional<Kind> of(String key) {
            return Arrays.stream(values()).filter(k -> k.key.equals(key)).findFirst();
        }
    }

    /**
     * The scaling one mode got.
     *
     * @param kind what was held fixed for this mode
     * @param reason why it differs from the case's request; null when it does not
     */
    public record Applied(Kind kind, String reason) {
    }

    public Normalization {
        if (kind == null || !(storedEnergy > 0) || !(peakSurfaceField > 0) || Double.isInfinite(storedEnergy)
                || Double.isInfinite(peakSurfaceField)) {
            throw new IllegalArgumentException("a normalization needs a kind, a positive stored energy and a positive "
                    + "peak field");
        }
    }

    /** The default: E_acc, with 1 J for the modes without a usable voltage. */
    public static Normalization acceleratingField() {
        return new Normalization(Kind.ACCELERATING_FIELD, DEFAULT_STORED_ENERGY, DEFAULT_PEAK_SURFACE_FIELD);
    }

    /**
     * Whether a mode's voltage is negligible against the strongest mode's.
     *
     * @param rOverQ the mode's R/Q (Ω)
     * @param largest the largest R/Q among the modes (Ω)
     */
    public static boolean negligible(double rOverQ, double largest) {
        return rOverQ < NEGLIGIBLE_R_OVER_Q * largest;
    }
}
