package org.cavityfem.analysis.merit;

import static org.cavityfem.analysis.quantity.Output.MODES_CSV;
import static org.cavityfem.analysis.quantity.Output.SUMMARY;

import java.util.function.ToDoubleFunction;
import org.cavityfem.analysis.quantity.ConsoleColumn;
import org.cavityfem.analysis.quantity.Quantity;
import org.cavityfem.analysis.quantity.QuantityTable;

/**
 * The per-mode result quantities, in the order of a mode's entry in summary.json, of the modes.csv
 * columns and of the console table: first what the solver reports, then the figures of merit.
 * Adding a figure of merit is one entry of {@link #FIGURES} (and the code in {@link ModeAnalysis}
 * that computes it); every writer picks it up.
 */
public final class ModeQuantities {

    /** Frequency, wave number and residual of every mode, analysed or not. */
    public static final QuantityTable<SolvedMode> SOLUTION = QuantityTable.of("per-mode solver results",
            Quantity.<SolvedMode>real("frequency_Hz", "frequency (Hz)", "Hz", "eigenfrequency f",
                    SolvedMode::frequency).in(SUMMARY, MODES_CSV)
                    .onConsole(new ConsoleColumn(22, ".12f", "frequency (MHz)", "", 1e-6)),
            Quantity.<SolvedMode>real("k_per_m", "k (1/m)", "1/m", "wave number k = 2πf/c",
                    SolvedMode::waveNumber).in(SUMMARY, MODES_CSV)
                    .onConsole(new ConsoleColumn(20, ".14f", "k (1/m)", "")),
            Quantity.<SolvedMode>real("relativeResidual", "relative residual", "",
                    "eigenpair residual ||K x − k² M x|| / (k² ||M x||)", SolvedMode::relativeResidual)
                    .in(SUMMARY, MODES_CSV).onConsole(new ConsoleColumn(14, ".2e", "rel. residual", "")));

    /** V_acc, also stored with every ParaView file of an analysed mode. */
    public static final Quantity<ModeAnalysis> VOLTAGE = Quantity.<ModeAnalysis>real("Vacc_V", "Vacc (V)", "V",
            "accelerating voltage |∫ E_z(0, z) exp(iωz/(βc)) dz| at β", a -> a.figures().voltage())
            .in(SUMMARY, MODES_CSV);

    /** E_acc, also stored with every ParaView file of an analysed mode. */
    public static final Quantity<ModeAnalysis> ACCELERATING_FIELD = Quantity.<ModeAnalysis>real("Eacc_V_per_m",
            "Eacc (V/m)", "V/m", "accelerating field E_acc = V_acc / L_active", a -> a.figures().acceleratingField())
            .in(SUMMARY, MODES_CSV);

    /**
     * The figures of merit of an analysed mode at the case's E_acc; null in summary.json and an
     * empty cell in modes.csv where they do not apply (NaN, e.g. a mode without voltage).
     */
    public static final QuantityTable<ModeAnalysis> FIGURES = QuantityTable.of("per-mode figures of merit",
            figure("storedEnergy_J", "U (J)", "J", "stored energy U", a -> a.figures().storedEnergy())
                    .in(MODES_CSV),
            figure("surfaceResistance_ohm", "R_s (Ohm)", "Ohm", "surface resistance of the walls at f",
                    a -> a.figures().surfaceResistance()),
            figure("powerLoss_W", "P (W)", "W", "wall loss P = (R_s/2) ∮ H_t² dA over the metal walls",
                    a -> a.figures().powerLoss()).in(MODES_CSV),
            figure("Q0", "Q0", "", "unloaded quality factor Q0 = ωU/P", a -> a.figures().q0())
                    .in(MODES_CSV).onConsole(new ConsoleColumn(11, ".5g", "Q0", "")),
            figure("G_ohm", "G (Ohm)", "Ohm", "geometry factor G = Q0 R_s", a -> a.figures().geometryFactor())
                    .in(MODES_CSV).onConsole(new ConsoleColumn(9, ".5g", "G (Ohm)", "")),
            figure("RoverQ_ohm", "R/Q linac (Ohm)", "Ohm", "R/Q = V_acc²/(ωU), linac convention",
                    a -> a.figures().rOverQ()).in(MODES_CSV)
                    .onConsole(new ConsoleColumn(11, ".5g", "R/Q (Ohm)", "linac")),
            figure("RoverQ_circuit_ohm", "R/Q circuit (Ohm)", "Ohm", "V_acc²/(2ωU), circuit convention",
                    a -> a.figures().rOverQCircuit()).in(MODES_CSV),
            figure("lossFactor_V_per_C", "k loss (V/C)", "V/C", "loss factor ω (R/Q)/4 with the linac R/Q",
                    a -> a.figures().lossFactor()),
            figure("beta", "beta", "", "particle velocity over c of the voltage", a -> a.figures().beta()),
            figure("activeLength_m", "L active (m)", "m", "length L_active that E_acc is averaged over",
                    a -> a.figures().activeLength()),
            figure("transitTimeFactor", "T", "", "transit-time factor T = V_acc / ∫ |E_z| dz",
                    a -> a.figures().transitTimeFactor()).in(MODES_CSV)
                    .onConsole(new ConsoleColumn(9, ".5f", "T", "")),
            VOLTAGE,
            ACCELERATING_FIELD,
            figure("Epk_V_per_m", "Epk (V/m)", "V/m", "peak surface electric field, the largest E_n magnitude on "
                    + "metal walls", a -> a.figures().peakElectricField().value()).in(MODES_CSV),
            figure("Hpk_A_per_m", "Hpk (A/m)", "A/m", "peak surface magnetic field, the largest H_t magnitude on "
                    + "metal walls", a -> a.figures().peakMagneticField().value()).in(MODES_CSV),
            figure("Bpk_T", "Bpk (T)", "T", "B_pk = μ0 H_pk", a -> a.figures().peakFluxDensity()).in(MODES_CSV),
            figure("EpkOverEacc", "Epk/Eacc", "", "E_pk / E_acc", a -> a.figures().peakElectricOverAccelerating())
                    .in(MODES_CSV).onConsole(new ConsoleColumn(9, ".5f", "Epk/Eacc", "")),
            figure("BpkOverEacc_mT_per_MVm", "Bpk/Eacc (mT/(MV/m))", "mT/(MV/m)", "B_pk / E_acc",
                    a -> a.figures().peakFluxOverAccelerating()).in(MODES_CSV)
                    .onConsole(new ConsoleColumn(11, ".5f", "Bpk/Eacc", "mT/(MV/m)")),
            figure("EaccOverHpk_ohm", "Eacc/Hpk (Ohm)", "Ohm", "E_acc / H_pk, the space impedance",
                    a -> a.figures().acceleratingOverPeakMagnetic()).in(MODES_CSV)
                    .onConsole(new ConsoleColumn(11, ".5g", "Eacc/Hpk", "(Ohm)")),
            Quantity.<ModeAnalysis>point("Epk_location_m", "Epk location (m)", "where E_pk is, [z, r]",
                    a -> a.figures().peakElectricField().z(), a -> a.figures().peakElectricField().r()).in(SUMMARY),
            Quantity.<ModeAnalysis>text("Epk_segment", "Epk segment", "name of the contour segment E_pk is on",
                    a -> a.figures().peakElectricField().segmentName()).in(SUMMARY),
            Quantity.<ModeAnalysis>text("Epk_singular", "Epk singular", "null, or why E_pk is no property of the "
                    + "cavity: it lies at a re-entrant corner where the field has no finite peak",
                    a -> SingularPeak.ofElectricPeak(a).orElse(null)).in(SUMMARY),
            Quantity.<ModeAnalysis>point("Hpk_location_m", "Hpk location (m)", "where H_pk is, [z, r]",
                    a -> a.figures().peakMagneticField().z(), a -> a.figures().peakMagneticField().r()).in(SUMMARY),
            Quantity.<ModeAnalysis>text("Hpk_segment", "Hpk segment", "name of the contour segment H_pk is on",
                    a -> a.figures().peakMagneticField().segmentName()).in(SUMMARY),
            figure("outerWallAverageH_A_per_m", "outer-wall mean H_t (A/m)", "A/m",
                    "area-weighted mean H_t magnitude over the outer wall", a -> a.figures().outerWallMagneticField()),
            figure("kilpatrickRatio", "Epk/E_K", "", "E_pk over the Kilpatrick field E_K(f); null for "
                    + "superconducting walls", a -> a.figures().kilpatrickRatio()),
            figure("chargeCurrentMaxRelativeMismatch", "charge-current mismatch", "",
                    "largest relative mismatch of wall current and enclosed charge, I against ωq",
                    a -> a.figures().chargeCurrentMismatch()).in(MODES_CSV),
            figure("fieldScale", "field scale", "", "amplitude of the written fields relative to the mode at U = 1 J",
                    a -> a.figures().fieldScale()),
            Quantity.<ModeAnalysis>text("normalization", "normalization", "what the mode's fields are scaled to: "
                    + "`Eacc` (rf.acceleratingField), `storedEnergy` (rf.storedEnergy_J) or `Epk` (rf.peakSurfaceField)",
                    a -> a.normalization().kind().key()).in(SUMMARY),
            Quantity.<ModeAnalysis>text("normalizationReason", "normalization reason", "null, or why the mode is not "
                    + "scaled as rf.normalization asks: no accelerating voltage, or one negligible against the "
                    + "strongest mode's", a -> a.normalization().reason()).in(SUMMARY));

    private ModeQuantities() {
    }

    private static Quantity<ModeAnalysis> figure(String key, String header, String unit, String description,
            ToDoubleFunction<ModeAnalysis> value) {
        return Quantity.real(key, header, unit, description, value).in(SUMMARY);
    }
}
