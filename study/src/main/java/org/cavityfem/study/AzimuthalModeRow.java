package org.cavityfem.study;

import java.util.Optional;
import org.cavityfem.analysis.hom.TransverseImpedance;

/**
 * One mode of a TE0 or m ≥ 1 study.
 *
 * @param index 0-based, ascending frequency
 * @param number place in the spectrum of its order (and, for m = 0, family), 1 for the lowest
 * @param frequency f (Hz)
 * @param m azimuthal order
 * @param family {@code "TE"} for a TE0 mode; {@code "TM-like"} or {@code "TE-like"} for m ≥ 1 by the
 *     dominant longitudinal field (design.md §2.12)
 * @param label e.g. {@code "TE0#1"} or {@code "TM-like m=1 #2"}
 * @param relativeResidual of the eigenpair
 * @param transverse the transverse impedance at the axis limit, m ≥ 1
 */
public record AzimuthalModeRow(int index, int number, double frequency, int m, String family, String label,
        double relativeResidual, Optional<TransverseImpedance> transverse) {
}
