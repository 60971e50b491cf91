package org.cavityfem.analysis.superconducting;

import java.util.List;
import java.util.Objects;

/**
 * The wall fields of one mode at one field level.
 *
 * @param samples wall points in order along the wall, from the axis round to the axis; the charge
 *     enclosed by a wall circle is integrated along this order
 * @param angularFrequency the mode's ω (rad/s)
 * @param acceleratingField the E_acc these fields correspond to (V/m); NaN for a mode without
 *     accelerating voltage (its per-E_acc figures are then NaN)
 * @param acceleratingFieldDefinition how that E_acc is defined, e.g. "E_c/√2" or "V_acc/L"
 * @param peakAxialField the largest |E_z| on the axis at this level, E_c (V/m)
 */
public record WallFields(List<WallSample> samples, double angularFrequency, double acceleratingField,
        String acceleratingFieldDefinition, double peakAxialField) {

    public WallFields {
        samples = List.copyOf(samples);
        Objects.requireNonNull(acceleratingFieldDefinition, "acceleratingFieldDefinition");
        if (samples.size() < 2) {
            throw new IllegalArgumentException("a wall needs at least two samples, got " + samples.size());
        }
        if (!(angularFrequency > 0)) {
            throw new IllegalArgumentException("the angular frequency must be positive, got " + angularFrequency);
        }
        if (!(acceleratingField > 0) && !Double.isNaN(acceleratingField)) {
            throw new IllegalArgumentException("E_acc must be positive (or NaN for none), got " + acceleratingField);
        }
    }
}
