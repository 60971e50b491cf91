package org.cavityfem.analysis.fieldmap;

import java.util.Locale;

/**
 * What a field map is scaled to.
 *
 * @param kind the quantity fixed
 * @param value its value: V/m for {@link Kind#PEAK_AXIS} and {@link Kind#EACC}, J for {@link Kind#ENERGY}
 */
public record Normalisation(Kind kind, double value) {

    /** The quantity a map is scaled to. */
    public enum Kind {
        /** The largest |E_z| on the axis. */
        PEAK_AXIS("peakAxis", "V/m"),
        /** E_acc = V_acc / L_active at the case's beta and active length. */
        EACC("Eacc", "V/m"),
        /** The stored energy U. */
        ENERGY("storedEnergy", "J");

        private final String key;
        private final String unit;

        Kind(String key, String unit) {
            this.key = key;
            this.unit = unit;
        }

        /** Case-file and command-line word. */
        public String key() {
            return key;
        }

        /** SI unit of the value. */
        public String unit() {
            return unit;
        }
    }

    public Normalisation {
        if (!(value > 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException("a field map normalisation must be positive, got " + value);
        }
    }

    /** E.g. {@code peak on-axis |E_z| = 1e+06 V/m}. */
    public String describe() {
        String what = switch (kind) {
            case PEAK_AXIS -> "peak on-axis |E_z|";
            case EACC -> "E_acc = V_acc/L_active";
            case ENERGY -> "stored energy U";
        };
        return String.format(Locale.ROOT, "%s = %.9g %s", what, value, kind.unit());
    }
}
