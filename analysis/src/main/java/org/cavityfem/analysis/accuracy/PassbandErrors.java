package org.cavityfem.analysis.accuracy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.cavityfem.analysis.passband.Passband;

/**
 * The estimates of a passband's figures (design.md §2.14): the cell-to-cell coupling k_cc and the
 * field flatness of the reported solve's passband against the same figures of the reference solve's
 * passband (one order higher on the same triangulation), |Q_p − Q_ref| / |Q_p| as for every
 * per-mode quantity. Both figures combine several modes (k_cc the π-mode and the fitted 0-mode
 * frequency, the flatness the π-mode's per-cell axis peaks), so their estimates are not the
 * modes' own: k_cc = 2(f_π − f_0)/(f_π + f_0) ≈ 2 % magnifies the frequencies' errors by about
 * 1/k_cc, and the flatness of a 9-cell π-mode is as sensitive to the cells' frequencies as the
 * field is to detuning.
 */
public final class PassbandErrors {

    /** summary.json keys of the estimated passband figures. */
    public static final String COUPLING = "cellToCellCoupling";
    public static final String FLATNESS = "fieldFlatness";
    /**
     * summary.json key of the periodic mid-cell's k_cc estimate: its two cells against the same cells
     * one order higher on the same triangulations (study.adapt.PeriodicCellAccuracy).
     */
    public static final String PERIODIC_COUPLING = "periodicCellCoupling";

    private PassbandErrors() {
    }

    /** The estimates of k_cc and the field flatness, keyed as in summary.json's {@code passband}. */
    public static Map<String, Double> of(Passband reported, Passband reference) {
        Map<String, Double> out = new LinkedHashMap<>();
        out.put(COUPLING, QuantityErrors.relative(reported.coupling(), reference.coupling()));
        out.put(FLATNESS, QuantityErrors.relative(reported.fieldFlatness(), reference.fieldFlatness()));
        return out;
    }
}
