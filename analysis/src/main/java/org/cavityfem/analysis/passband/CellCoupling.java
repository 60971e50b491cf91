package org.cavityfem.analysis.passband;

import java.util.Locale;

/**
 * Cell-to-cell coupling k_cc = 2(f_π − f_0)/(f_π + f_0) from the 0-mode and π-mode frequencies of
 * one cell of the infinite periodic chain: the cell closed by electric iris planes (0-mode) and by
 * magnetic ones (π-mode). The two frequencies come from a study of that cell; this record only
 * combines them.
 *
 * @param zeroModeFrequency f_0 (Hz)
 * @param piModeFrequency f_π (Hz)
 */
public record CellCoupling(double zeroModeFrequency, double piModeFrequency) {

    /** 2(f_π − f_0)/(f_π + f_0). */
    public static double of(double zeroModeFrequency, double piModeFrequency) {
        return 2 * (piModeFrequency - zeroModeFrequency) / (piModeFrequency + zeroModeFrequency);
    }

    /** The coupling k_cc (fraction). */
    public double coupling() {
        return of(zeroModeFrequency, piModeFrequency);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "f_0 = %.9g Hz, f_pi = %.9g Hz, k_cc = %.4f %%", zeroModeFrequency,
                piModeFrequency, 100 * coupling());
    }
}
