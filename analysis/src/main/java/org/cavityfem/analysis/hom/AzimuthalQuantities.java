package org.cavityfem.analysis.hom;

import static org.cavityfem.analysis.quantity.Output.MODES_CSV;
import static org.cavityfem.analysis.quantity.Output.SUMMARY;

import java.util.function.ToDoubleFunction;
import org.cavityfem.analysis.quantity.Quantity;
import org.cavityfem.analysis.quantity.QuantityTable;

/**
 * The per-mode result quantities of TE0 and m ≥ 1 modes, in the order of a mode's entry in
 * summary.json and of the modes.csv columns; keys and headers follow the TM0 table
 * ({@code analysis.merit.ModeQuantities}) where the quantity is the same. Every R/Q names its
 * convention and what it is of: transverse at the axis limit, or longitudinal at the offset r0.
 */
public final class AzimuthalQuantities {

    /** Every figure of a TE0 or m ≥ 1 mode; null in summary.json and empty in modes.csv where NaN. */
    public static final QuantityTable<AzimuthalFigures> TABLE = QuantityTable.of("per-mode figures of TE0 and m >= 1 modes",
            Quantity.<AzimuthalFigures>whole("number", "number", "place in the spectrum of its order (and family)",
                    AzimuthalFigures::number).in(SUMMARY, MODES_CSV),
            Quantity.<AzimuthalFigures>whole("m", "m", "azimuthal order: fields vary as cos(m phi)",
                    AzimuthalFigures::m).in(SUMMARY, MODES_CSV),
            Quantity.<AzimuthalFigures>text("family", "family", "TE (TE0), or TM-like / TE-like by the dominant "
                    + "longitudinal field", AzimuthalFigures::family).in(SUMMARY, MODES_CSV),
            real("frequency_Hz", "frequency (Hz)", "Hz", "eigenfrequency f", AzimuthalFigures::frequency),
            real("k_per_m", "k (1/m)", "1/m", "wave number k = 2πf/c", AzimuthalFigures::waveNumber),
            real("relativeResidual", "relative residual", "", "eigenpair residual ||K x − k² M x|| / (k² ||M x||)",
                    AzimuthalFigures::relativeResidual),
            real("storedEnergy_J", "U (J)", "J", "stored energy U of the modelled domain; the fields are at U = 1 J",
                    AzimuthalFigures::storedEnergy),
            real("surfaceResistance_ohm", "R_s (Ohm)", "Ohm", "surface resistance of the walls at f",
                    AzimuthalFigures::surfaceResistance).in(SUMMARY),
            real("powerLoss_W", "P (W)", "W", "wall loss P = (R_s/2) ∫ |H_t|² dA over the metal walls, over φ",
                    AzimuthalFigures::powerLoss),
            real("Q0", "Q0", "", "unloaded quality factor Q0 = ωU/P", AzimuthalFigures::q0),
            real("G_ohm", "G (Ohm)", "Ohm", "geometry factor G = Q0 R_s", AzimuthalFigures::geometryFactor),
            real("Epk_V_per_m", "Epk (V/m)", "V/m", "peak surface electric field, the largest |E_n| on metal walls "
                    + "over φ, at U = 1 J", f -> f.electricPeak().value()),
            Quantity.<AzimuthalFigures>point("Epk_location_m", "Epk location (m)", "where E_pk is, [z, r]",
                    f -> f.electricPeak().z(), f -> f.electricPeak().r()).in(SUMMARY),
            Quantity.<AzimuthalFigures>text("Epk_segment", "Epk segment", "name of the contour segment E_pk is on",
                    f -> f.electricPeak().segmentName()).in(SUMMARY),
            real("Hpk_A_per_m", "Hpk (A/m)", "A/m", "peak surface magnetic field, the largest |H_t| on metal walls "
                    + "over φ, at U = 1 J", f -> f.magneticPeak().value()),
            Quantity.<AzimuthalFigures>point("Hpk_location_m", "Hpk location (m)", "where H_pk is, [z, r]",
                    f -> f.magneticPeak().z(), f -> f.magneticPeak().r()).in(SUMMARY),
            Quantity.<AzimuthalFigures>text("Hpk_segment", "Hpk segment", "name of the contour segment H_pk is on",
                    f -> f.magneticPeak().segmentName()).in(SUMMARY),
            real("Bpk_T", "Bpk (T)", "T", "B_pk = μ0 H_pk at U = 1 J", AzimuthalFigures::peakFluxDensity),
            real("Vz_axis_V", "Vz(0) (V)", "V", "longitudinal voltage on the axis |∫ E_z(0, z) e^{ikz} dz|, β = 1, "
                    + "at U = 1 J; m = 0 only", AzimuthalFigures::axisVoltage),
            real("RoverQ_axis_linac_ohm", "(R/Q)_axis linac (Ohm)", "Ohm", "longitudinal R/Q on the axis, "
                    + "Vz(0)²/(ωU), linac convention; m = 0 only", AzimuthalFigures::axisRoverQ),
            real("Vperp_V", "Vperp (V)", "V", "transverse voltage at the axis limit, |∫ c_m e^{ikz} dz| / k^m, at U = 1 J",
                    // Scaled from the eigenvector's stored energy to the figures' (1 J).
                    f -> f.transverse(t -> t.perpendicularVoltage() * Math.sqrt(f.storedEnergy() / t.storedEnergy()))),
            real("RoverQ_perp_linac_ohm", "(R/Q)_perp linac (Ohm)", "Ohm", "transverse R/Q = Vperp²/(ωU) at the "
                    + "axis limit, linac convention", f -> f.transverse(TransverseImpedance::roverQLinac)),
            real("RoverQ_perp_circuit_ohm", "(R/Q)_perp circuit (Ohm)", "Ohm", "Vperp²/(2ωU), circuit convention",
                    f -> f.transverse(TransverseImpedance::roverQCircuit)),
            real("RoverQ_perp_linac_ohm_per_m", "(R/Q)_perp linac (Ohm/m)", "Ohm/m", "k (R/Q)_perp linac, m = 1",
                    f -> f.transverse(TransverseImpedance::roverQLinacPerMetre)),
            real("RoverQ_perp_circuit_ohm_per_m", "(R/Q)_perp circuit (Ohm/m)", "Ohm/m", "k (R/Q)_perp circuit, m = 1",
                    f -> f.transverse(TransverseImpedance::roverQCircuitPerMetre)),
            real("kickFactor_V_per_C_m", "kick factor (V/(C m))", "V/(C m)", "k_perp = ω (R/Q)_perp linac [Ohm/m] / 4, "
                    + "m = 1", f -> f.transverse(TransverseImpedance::kickFactor)),
            real("offset_m", "r0 (m)", "m", "offset r0 of the longitudinal voltage", AzimuthalFigures::offset),
            real("Vz_atOffset_V", "Vz(r0) (V)", "V", "longitudinal voltage |∫ E_z(r0, z) e^{ikz} dz| at cos mφ = 1, "
                    + "β = 1, at U = 1 J; null where the line r = r0 leaves the cavity", AzimuthalFigures::offsetVoltage),
            real("RoverQ_long_atOffset_linac_ohm", "(R/Q)_long(r0) linac (Ohm)", "Ohm", "longitudinal R/Q at r0, "
                    + "Vz(r0)²/(ωU), linac convention", AzimuthalFigures::offsetRoverQ),
            real("RoverQ_long_atOffset_circuit_ohm", "(R/Q)_long(r0) circuit (Ohm)", "Ohm", "Vz(r0)²/(2ωU), circuit "
                    + "convention", f -> f.offsetRoverQ() / 2));

    private AzimuthalQuantities() {
    }

    private static Quantity<AzimuthalFigures> real(String key, String header, String unit, String description,
            ToDoubleFunction<AzimuthalFigures> value) {
        return Quantity.real(key, header, unit, description, value).in(SUMMARY, MODES_CSV);
    }
}
