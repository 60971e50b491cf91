package org.cavityfem.paper.model;

import static org.cavityfem.units.PhysicalConstants.EPSILON_0;
import static org.cavityfem.units.PhysicalConstants.ETA_0;
import static org.cavityfem.units.PhysicalConstants.FLUX_QUANTUM;
import static org.cavityfem.units.PhysicalConstants.J01;
import static org.cavityfem.units.PhysicalConstants.MU_0;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cavityfem.analysis.material.Materials;
import org.cavityfem.analysis.material.Superconductor;

/**
 * Every quantity of the paper recomputed by {@link PaperModel} with niobium's Table 1 values and
 * CODATA 2018 constants, beside the printed value, each with a note saying which inputs and which
 * angular frequency the paper used and where the paper is not self-consistent.
 */
public final class PaperTable {

    /** ε0 to three digits, 8.85e-12 F/m: the value with which the printed eq. (5) comes out. */
    public static final double ROUNDED_PERMITTIVITY = 8.85e-12;
    /** TESLA B_pk/E_acc, ref. [2] of the paper (Aune et al. 2000, Table 1) (T per V/m). */
    public static final double TESLA_PEAK_FLUX_DENSITY_PER_EACC = 4.26e-9;

    private final Map<PaperQuantity, PaperRow> rows = new EnumMap<>(PaperQuantity.class);

    private final double temperature;

    private PaperTable(PaperModel model, double temperature) {
        this.temperature = temperature;
        build(model);
    }

    /** The table for the paper's niobium pillbox at the paper's 2 K. */
    public static PaperTable niobium() {
        return of(Materials.niobium(), PaperModel.OPERATING_TEMPERATURE);
    }

    /**
     * The paper's model with a wall material and operating temperature.
     *
     * @param material the wall material
     * @param temperature operating temperature for H_c1(T) and the Debye heat capacity (K)
     */
    public static PaperTable of(Superconductor material, double temperature) {
        return new PaperTable(new PaperModel(material), temperature);
    }

    /** The operating temperature (K). */
    public double temperature() {
        return temperature;
    }

    /** All rows, in the paper's order. */
    public List<PaperRow> rows() {
        return new ArrayList<>(rows.values());
    }

    /** The row of one quantity. */
    public PaperRow row(PaperQuantity quantity) {
        return rows.get(quantity);
    }

    private void add(PaperQuantity q, double value, String note, Object... args) {
        rows.put(q, PaperRow.of(q, value, String.format(Locale.ROOT, note, args)));
    }

    private void build(PaperModel m) {
        Superconductor nb = m.material();
        double w0 = m.designAngularFrequency();
        double wm = m.modelAngularFrequency();
        double xi = nb.coherenceLength();
        double zModel = PaperModel.modelSpaceImpedance();
        double zDesign = m.spaceImpedance(w0);
        double hc1 = nb.lowerCriticalField();
        double hc1Cold = nb.lowerCriticalField(temperature);

        add(PaperQuantity.CENTRE_FIELD_COEFFICIENT, PaperModel.centreFieldCoefficient(),
                "1 − cos α0 + ½ sin α0 − ½ ln(sec α0 + tan α0), α0 = atan 2 = %.2f°: the free-space Coulomb field "
                        + "of the two plates' charge; the exact TM010 field at the centre is D0/ε0 (coefficient 1)",
                Math.toDegrees(PaperModel.plateHalfAngle()));
        add(PaperQuantity.MODE_FREQUENCY, wm / (2 * Math.PI),
                "2.405 c/(2π r0): the model pillbox resonates %.1f %% below the 1.3 GHz that §3 uses as ω0",
                100 * (1 - wm / w0));
        add(PaperQuantity.PLATE_CHARGE_PER_EACC, m.plateChargePerEacc(),
                "√2 ε0 π r0²/(3 × 0.27818) with CODATA ε0 = %.10g F/m; the printed value follows with ε0 = 8.85e-12 "
                        + "F/m: %.5g",
                EPSILON_0,
                new PaperModel(nb, ROUNDED_PERMITTIVITY).plateChargePerEacc());
        add(PaperQuantity.PEAK_FIELD_RADIUS, PaperModel.peakFieldRadiusRatio(),
                "maximum of (8) H(r) = ω0 D0 (r/2 − r²/(3 r0)); the exact J1(2.405 r/r0) peaks at r = "
                        + "1.8412/2.4048 r0 = 0.7656 r0");
        add(PaperQuantity.IMPEDANCE_COEFFICIENT, PaperModel.impedanceCoefficient(),
                "0.27818 × 16/(3√2) = %.6f: the printed 1.0490 is truncated", PaperModel.impedanceCoefficient());
        add(PaperQuantity.SPACE_IMPEDANCE_OVER_ETA, PaperModel.spaceImpedanceOverEta(),
                "(10)/2.405 = %.6f with ω0 = 2.405 c/r0 (the model pillbox at %.4f GHz), not 2π·1.3 GHz. The printed "
                        + "0.43620 is 1.0490/j01 = %.6f truncated (j01 = 2.404826, though the text writes 2.405)",
                PaperModel.spaceImpedanceOverEta(), wm / (2 * Math.PI) / 1e9, 1.0490 / J01);
        add(PaperQuantity.SPACE_IMPEDANCE, zModel,
                "0.43621 η0 (η0 = %.3f Ω) = %.2f Ω: 164 Ω matches (11). With the ω0 = 2π·1.3 GHz of §3, (10) gives "
                        + "%.1f Ω",
                ETA_0, zModel, zDesign);
        add(PaperQuantity.SURFACE_IMPEDANCE_FACTOR, PaperModel.surfaceImpedanceFactor(),
                "V = l0 E_acc, I = 2π (3r0/4) H_sp, l0 = r0: 2/(3π) = %.5f (printed as the formula)",
                2 / (3 * Math.PI));
        add(PaperQuantity.SURFACE_IMPEDANCE, zModel * PaperModel.surfaceImpedanceFactor(),
                "(11) × (12); with the ω0 of §3 it would be %.1f Ω", zDesign * PaperModel.surfaceImpedanceFactor());
        add(PaperQuantity.ELECTRON_DENSITY, nb.conductionElectronDensity(),
                "ρ N_A/M with one 5s electron per atom = %.5g m⁻³: the printed 5.55e28 is truncated (5.56e28 rounded)",
                nb.conductionElectronDensity());
        add(PaperQuantity.ELECTRONS_PER_COHERENCE_VOLUME, m.electronsPerCoherenceVolume(),
                "n_e ξ0³ = %.5g with n_e = %.5g m⁻³; the printed value uses the printed n_e = 5.55e28 (%.5g)",
                m.electronsPerCoherenceVolume(), nb.conductionElectronDensity(), 5.55e28 * xi * xi * xi);
        add(PaperQuantity.ELECTRONS_PER_COHERENCE_AREA_PER_EACC, m.electronsPerCoherenceAreaPerEacc(),
                "D0 ξ0²/e with D0 = 3 q0/(π r0²), (2) and (5); with the printed q0: %.4g",
                m.electronsPerCoherenceAreaPerEacc() * 0.62309e-12 / m.plateChargePerEacc());
        add(PaperQuantity.ELECTRONS_PER_COHERENCE_AREA_AT_50,
                m.electronsPerCoherenceAreaPerEacc() * PaperModel.HIGH_FIELD, "(14) × 50e6 V/m");
        add(PaperQuantity.CENTRE_CURRENT_AT_50, m.centreCurrent(PaperModel.HIGH_FIELD, w0),
                "uses ω0 = 2π·1.3 GHz; with the model's 2.405 c/r0: %.3g A", m.centreCurrent(PaperModel.HIGH_FIELD, wm));
        add(PaperQuantity.SKIN_AREA_RATIO, m.skinAreaRatio(),
                "2ξ0/r0 = %.5g: the printed 6.95e-7 is truncated (6.96e-7 rounded)", m.skinAreaRatio());
        add(PaperQuantity.SKIN_DEPTH_VELOCITY_PER_EACC, m.skinDepthVelocityPerEacc(w0),
                "ω0 q0/(n_e e 2π r0) with ω0 = 2π·1.3 GHz; with the model's 2.405 c/r0: %.4g",
                m.skinDepthVelocityPerEacc(wm));
        add(PaperQuantity.NORMAL_SKIN_DEPTH, nb.normalSkinDepth(w0),
                "√(2/(μ0 ω0 σ_n)) at 1.3 GHz, σ_n = %.3g S/m; at the model's %.4f GHz: %.3g m",
                nb.normalConductivity(), wm / (2 * Math.PI) / 1e9, nb.normalSkinDepth(wm));
        add(PaperQuantity.VELOCITY_PER_EACC, m.velocityPerEacc(w0),
                "(17)/ξ0 with ξ0 = %.3g m (ω0 = 2π·1.3 GHz)", xi);
        add(PaperQuantity.VELOCITY_AT_50, m.velocityPerEacc(w0) * PaperModel.HIGH_FIELD, "(18) × 50e6 V/m");
        add(PaperQuantity.EXCURSION_PER_EACC, m.excursionPerEacc(w0),
                "v0/ω0 = q0/(n_e e 2π r0 ξ0): the same for either ω0");
        add(PaperQuantity.EXCURSION_AT_50, m.excursionPerEacc(w0) * PaperModel.HIGH_FIELD,
                "(19) × 50e6 V/m: %.2f ξ0", m.excursionPerEacc(w0) * PaperModel.HIGH_FIELD / xi);
        add(PaperQuantity.EXCURSION_OVER_COHERENCE_AT_10, m.excursionPerEacc(w0) * PaperModel.HEATING_FIELD / xi,
                "the paper: about half of ξ0 at 10 MV/m, about 1/16 at 1 MV/m (recomputed 1/%.1f)",
                xi / (m.excursionPerEacc(w0) * 1e6));
        add(PaperQuantity.VORTEX_ENTRY_PILLBOX, PaperModel.vortexEntryField(zModel, hc1),
                "(11) %.2f Ω × H_c1 %.3g A/m; the printed 23.4 truncates 164 Ω × 1.43e5 = 23.45 MV/m. With the "
                        + "ω0 of §3 (%.1f Ω): %.1f MV/m",
                zModel, hc1, zDesign, zDesign * hc1 / 1e6);
        add(PaperQuantity.VORTEX_ENTRY_AT_OPERATING_TEMPERATURE, PaperModel.vortexEntryField(zModel, hc1Cold),
                "H_c1(%.3g K) = H_c1(0) (1 − (%.3g/%.3g)²) = %.4g A/m, with the (11) impedance",
                temperature, temperature, nb.criticalTemperature(), hc1Cold);
        add(PaperQuantity.SPACE_IMPEDANCE_TESLA, MU_0 / TESLA_PEAK_FLUX_DENSITY_PER_EACC,
                "quoted from ref. [2]; its B_pk/E_acc = 4.26 mT/(MV/m) gives μ0/4.26e-9 = %.1f Ω",
                MU_0 / TESLA_PEAK_FLUX_DENSITY_PER_EACC);
        add(PaperQuantity.VORTEX_ENTRY_TESLA, PaperModel.vortexEntryField(PaperModel.TESLA_SPACE_IMPEDANCE, hc1),
                "295 Ω × H_c1 = %.4g MV/m: the printed 42.1 is truncated",
                PaperModel.TESLA_SPACE_IMPEDANCE * hc1 / 1e6);
        add(PaperQuantity.LORENTZ_FIELD_PER_EACC, m.lorentzFieldPerEacc(w0),
                "Φ0 = h/(2e) = %.6g Wb over ξ0², times (18)", FLUX_QUANTUM);
        double heating = m.heatingPerEaccSquared(w0);
        add(PaperQuantity.HEATING_PER_EACC_SQUARED, heating,
                "½ σ_n E_L² = %.4g with E_L from (20); σ_n E_L² = %.4g. The printed 4.06e-5 has the digits of "
                        + "σ_n E_L² (no ½) and is 100 times smaller: it does not follow from ½σE_L² and the printed E_L",
                heating, 2 * heating);
        double rhoC = nb.roomTemperatureHeatCapacity();
        add(PaperQuantity.ROOM_TEMPERATURE_HEAT_CAPACITY, rhoC, "density × specific heat, Table 1");
        double field2 = PaperModel.HEATING_FIELD * PaperModel.HEATING_FIELD;
        add(PaperQuantity.HEATING_RATE_ROOM_AT_10, heating * field2 / rhoC,
                "recomputed (21) × (10 MV/m)²/ρc; the printed 1750 K/s follows from the printed 4.06e-5 (%.0f K/s)",
                4.06e-5 * field2 / rhoC);
        double debye = nb.debyeHeatCapacity(temperature);
        add(PaperQuantity.DEBYE_HEAT_CAPACITY, debye,
                "T = %.3g K, n = ρ N_A/M = %.4g m⁻³, T_D = %.0f K; lattice only: the superconducting electrons' heat "
                        + "capacity (∝ exp(−Δ/k_B T)) is not included, and in Nb at 2 K it is of the same order",
                temperature, nb.atomDensity(), nb.debyeTemperature());
        add(PaperQuantity.HEATING_RATE_DEBYE_AT_10, heating * field2 / debye,
                "recomputed (21) × (10 MV/m)²/C(T); from the printed 4.06e-5: %.3g K/s", 4.06e-5 * field2 / debye);
        add(PaperQuantity.HEATING_SPEEDUP, rhoC / debye, "the same heating raises the temperature this many times faster");
        add(PaperQuantity.CONTINUITY_MISMATCH, Double.NaN, "the model sets I0 = ω0 q0 by construction, (6)");
    }
}
