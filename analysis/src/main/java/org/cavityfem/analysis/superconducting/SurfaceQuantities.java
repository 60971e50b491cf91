package org.cavityfem.analysis.superconducting;

import static org.cavityfem.analysis.quantity.Output.PARAVIEW;
import static org.cavityfem.analysis.quantity.Output.SUMMARY;
import static org.cavityfem.analysis.quantity.Output.WALL_CSV;

import java.util.function.ToDoubleFunction;
import org.cavityfem.analysis.quantity.Quantity;
import org.cavityfem.analysis.quantity.QuantityTable;

/**
 * The skin-layer quantities of docs/superconducting-surface.md: the figures of a mode (its
 * {@code superconductingSurface} block in summary.json; values at the peak wall current unless
 * named otherwise) and the per-wall-sample columns added to the wall CSV and ParaView wall files.
 */
public final class SurfaceQuantities {

    private static final double PER_MV_PER_M = 1e6;

    /**
     * One wall sample of a profile.
     *
     * @param profile the profile
     * @param index the sample's position in it
     */
    public record Sample(SurfaceProfile profile, int index) {
    }

    /**
     * The figures of a mode, in summary.json order; {@code atEacc.} keys are at the case's E_acc,
     * {@code perMVm.} keys the same as slopes per MV/m (the heating per (MV/m)²).
     */
    public static final QuantityTable<SurfaceSummary> FIGURES = QuantityTable.of("superconducting-surface figures",
            Quantity.<SurfaceSummary>text("material", "material", "wall material", s -> s.profile().material().name())
                    .in(SUMMARY),
            figure("temperature_K", "T (K)", "K", "operating temperature", SurfaceSummary::operatingTemperature),
            figure("Hc1_A_per_m", "Hc1 (A/m)", "A/m", "lower critical field H_c1 at the operating temperature",
                    s -> s.profile().material().lowerCriticalField(s.operatingTemperature())),
            figure("vortexEntryEacc_V_per_m", "vortex entry Eacc (V/m)", "V/m", "E_acc at which H_pk reaches H_c1",
                    s -> s.vortexEntryField(s.operatingTemperature())),
            Quantity.<SurfaceSummary>point("vortexEntryLocation_m", "vortex entry location (m)",
                    "where the wall current peaks, [z, r]", s -> s.peakCurrentSample().z(),
                    s -> s.peakCurrentSample().r()).in(SUMMARY),
            Quantity.<SurfaceSummary>text("vortexEntrySegment", "vortex entry segment",
                    "name of the contour segment the wall current peaks on", s -> s.peakCurrentSample().segmentName())
                    .in(SUMMARY),
            figure("atEacc.Eacc_V_per_m", "Eacc (V/m)", "V/m", "the case's accelerating field", s -> eacc(s)),
            figure("atEacc.electronsPerXi0Squared", "electrons per xi0^2", "",
                    "peak surface charge per coherence area, in electrons",
                    s -> s.electronsPerCoherenceAreaPerEacc() * eacc(s)),
            figure("atEacc.plateCharge_C", "plate charge (C)", "C", "largest enclosed wall charge q",
                    SurfaceSummary::largestCharge),
            figure("atEacc.v0_m_per_s", "v0 superconducting (m/s)", "m/s",
                    "peak current velocity in a skin layer of depth ξ0",
                    s -> s.velocityPerEacc(SkinLayer.SUPERCONDUCTING) * eacc(s)),
            figure("atEacc.v0NormalConducting_m_per_s", "v0 normal-conducting (m/s)", "m/s",
                    "peak current velocity in the normal-conducting skin depth",
                    s -> s.velocityPerEacc(SkinLayer.NORMAL_CONDUCTING) * eacc(s)),
            figure("atEacc.a0_m", "a0 (m)", "m", "peak electron excursion v0/ω", s -> s.excursionPerEacc() * eacc(s)),
            figure("atEacc.a0OverXi0", "a0/xi0", "", "peak excursion over the coherence length",
                    s -> s.excursionPerEacc() * eacc(s) / s.profile().material().coherenceLength()),
            figure("atEacc.lorentzField_V_per_m", "E_L (V/m)", "V/m", "peak vortex Lorentz field (Φ0/ξ0²) v0",
                    s -> s.lorentzFieldPerEacc() * eacc(s)),
            figure("atEacc.heatingDensity_W_per_m3", "heating 1/2 sigma_n E_L^2 (W/m^3)", "W/m^3",
                    "peak vortex heating density", s -> s.heatingPerEaccSquared() * eacc(s) * eacc(s)),
            figure("atEacc.heatingRateRoomTemperature_K_per_s", "heating rate, room-temperature rho c (K/s)", "K/s",
                    "peak temperature rise rate with the room-temperature heat capacity",
                    s -> s.heatingRateRoomTemperature(eacc(s))),
            figure("atEacc.heatingRateOperating_K_per_s", "heating rate, operating rho c (K/s)", "K/s",
                    "peak temperature rise rate with the Debye heat capacity at the operating temperature",
                    s -> s.heatingRateOperating(eacc(s))),
            figure("perMVm.electronsPerXi0Squared_per_MVm", "electrons per xi0^2 per Eacc (1/(MV/m))", "1/(MV/m)",
                    "peak surface charge per coherence area per MV/m of E_acc",
                    s -> s.electronsPerCoherenceAreaPerEacc() * PER_MV_PER_M),
            figure("perMVm.plateCharge_C_per_MVm", "plate charge per Eacc (C/(MV/m))", "C/(MV/m)",
                    "largest enclosed wall charge per MV/m of E_acc", s -> s.plateChargePerEacc() * PER_MV_PER_M),
            figure("perMVm.v0_m_per_s_per_MVm", "v0 per Eacc ((m/s)/(MV/m))", "(m/s)/(MV/m)",
                    "peak current velocity (depth ξ0) per MV/m of E_acc",
                    s -> s.velocityPerEacc(SkinLayer.SUPERCONDUCTING) * PER_MV_PER_M),
            figure("perMVm.a0_m_per_MVm", "a0 per Eacc (m/(MV/m))", "m/(MV/m)", "peak excursion per MV/m of E_acc",
                    s -> s.excursionPerEacc() * PER_MV_PER_M),
            figure("perMVm.lorentzField_V_per_m_per_MVm", "E_L per Eacc ((V/m)/(MV/m))", "(V/m)/(MV/m)",
                    "peak vortex Lorentz field per MV/m of E_acc", s -> s.lorentzFieldPerEacc() * PER_MV_PER_M),
            figure("perMVm.heatingDensity_W_per_m3_per_MVm2", "heating per Eacc^2 ((W/m^3)/(MV/m)^2)",
                    "(W/m^3)/(MV/m)^2", "peak vortex heating density per (MV/m)² of E_acc",
                    s -> s.heatingPerEaccSquared() * PER_MV_PER_M * PER_MV_PER_M),
            figure("heatCapacityRoomTemperature_J_per_m3K", "rho c room temperature (J/(m^3 K))", "J/(m^3 K)",
                    "volumetric heat capacity at room temperature",
                    s -> s.profile().material().roomTemperatureHeatCapacity()),
            figure("heatCapacityOperating_J_per_m3K", "rho c operating (J/(m^3 K))", "J/(m^3 K)",
                    "Debye volumetric heat capacity at the operating temperature",
                    s -> s.profile().material().debyeHeatCapacity(s.operatingTemperature())),
            figure("heatingSpeedup", "heating speed-up", "",
                    "room-temperature over operating heat capacity: how much faster the cold wall heats",
                    s -> s.profile().material().roomTemperatureHeatCapacity()
                            / s.profile().material().debyeHeatCapacity(s.operatingTemperature())),
            figure("normalSkinDepth_m", "normal skin depth (m)", "m", "normal-conducting skin depth at f",
                    SurfaceSummary::normalSkinDepth));

    /** The per-wall-sample columns, after the wall table's own. */
    public static final QuantityTable<Sample> WALL = QuantityTable.of("superconducting-surface wall columns",
            column("electronsPerXi0Squared", "electrons per xi0^2", "",
                    "surface charge per coherence area |σ| ξ0²/e",
                    p -> p.profile().electronsPerCoherenceArea(p.index())),
            column("v0_m_per_s", "v0 superconducting (m/s)", "m/s", "current velocity in a skin layer of depth ξ0",
                    p -> p.profile().velocity(p.index(), SkinLayer.SUPERCONDUCTING)),
            column("v0NormalConducting_m_per_s", "v0 normal-conducting (m/s)", "m/s",
                    "current velocity in the normal-conducting skin depth",
                    p -> p.profile().velocity(p.index(), SkinLayer.NORMAL_CONDUCTING)),
            column("a0_m", "a0 (m)", "m", "electron excursion v0/ω", p -> p.profile().excursion(p.index())),
            column("a0OverXi0", "a0/xi0", "", "excursion over the coherence length",
                    p -> p.profile().excursionOverCoherenceLength(p.index())),
            column("lorentzField_V_per_m", "E_L (V/m)", "V/m", "vortex Lorentz field (Φ0/ξ0²) v0",
                    p -> p.profile().lorentzField(p.index())),
            column("heatingDensity_W_per_m3", "heating 1/2 sigma_n E_L^2 (W/m^3)", "W/m^3", "vortex heating density",
                    p -> p.profile().heatingDensity(p.index())),
            column("enclosedCharge_C", "enclosed charge q (C)", "C",
                    "wall charge from the start of the wall to the sample",
                    p -> p.profile().enclosedCharge(p.index())));

    private SurfaceQuantities() {
    }

    private static double eacc(SurfaceSummary s) {
        return s.profile().fields().acceleratingField();
    }

    private static Quantity<SurfaceSummary> figure(String key, String header, String unit, String description,
            ToDoubleFunction<SurfaceSummary> value) {
        return Quantity.real(key, header, unit, description, value).in(SUMMARY);
    }

    private static Quantity<Sample> column(String key, String header, String unit, String description,
            ToDoubleFunction<Sample> value) {
        return Quantity.real(key, header, unit, description, value).in(WALL_CSV, PARAVIEW);
    }
}
