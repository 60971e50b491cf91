package org.cavityfem.analysis.hom;

import static org.cavityfem.analysis.quantity.Output.MODES_CSV;
import static org.cavityfem.analysis.quantity.Output.SUMMARY;

import java.util.function.ToDoubleFunction;
import org.cavityfem.analysis.quantity.Quantity;
import org.cavityfem.analysis.quantity.QuantityTable;

/**
 * The columns of the HOM table (hom.csv and the {@code hom} section of summary.json; design.md
 * §2.13): one row per mode of every order of a scan, by ascending frequency. The longitudinal and
 * the transverse R/Q and impedance have their own columns, each with its unit, so that no R/Q is
 * unlabelled; the column that does not apply to a row is empty (null).
 */
public final class HomQuantities {

    /** The HOM table; {@link org.cavityfem.analysis.quantity.Output#MODES_CSV} marks the hom.csv columns. */
    public static final QuantityTable<AzimuthalFigures> TABLE = QuantityTable.of("HOM table",
            real("frequency_Hz", "frequency (Hz)", "Hz", "eigenfrequency f", AzimuthalFigures::frequency),
            Quantity.<AzimuthalFigures>whole("m", "m", "azimuthal order", AzimuthalFigures::m).in(SUMMARY, MODES_CSV),
            Quantity.<AzimuthalFigures>text("label", "label", "the mode's label", AzimuthalFigures::label)
                    .in(SUMMARY, MODES_CSV),
            real("RoverQ_long_linac_ohm", "(R/Q)_long linac (Ohm)", "Ohm", "longitudinal R/Q, linac convention: on "
                    + "the axis for m = 0, at the offset r0 for m >= 2; null for m = 1",
                    f -> f.m() == 1 ? Double.NaN : f.roverQ()),
            real("RoverQ_perp_linac_ohm_per_m", "(R/Q)_perp linac (Ohm/m)", "Ohm/m", "transverse R/Q at the axis "
                    + "limit, linac convention, m = 1 only", f -> f.m() == 1 ? f.roverQ() : Double.NaN),
            real("Q0", "Q0", "", "unloaded quality factor", AzimuthalFigures::q0),
            real("externalQ", "Qext", "", "external (damping) Q from the case; null when it gives none",
                    AzimuthalFigures::externalQ),
            real("loadedQ", "QL", "", "loaded Q, 1/QL = 1/Q0 + 1/Qext; null without Qext", AzimuthalFigures::loadedQ),
            real("shuntImpedance_long_ohm", "R_long (Ohm)", "Ohm", "peak longitudinal impedance (R/Q)_long QL at "
                    + "resonance; null without Qext or for m = 1", f -> f.m() == 1 ? Double.NaN : f.impedance()),
            real("shuntImpedance_perp_ohm_per_m", "R_perp (Ohm/m)", "Ohm/m", "peak transverse impedance "
                    + "(R/Q)_perp QL at resonance, m = 1; null without Qext", f -> f.m() == 1 ? f.impedance()
                            : Double.NaN));

    private HomQuantities() {
    }

    private static Quantity<AzimuthalFigures> real(String key, String header, String unit, String description,
            ToDoubleFunction<AzimuthalFigures> value) {
        return Quantity.real(key, header, unit, description, value).in(SUMMARY, MODES_CSV);
    }
}
