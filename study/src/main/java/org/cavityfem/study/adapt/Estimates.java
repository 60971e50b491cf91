package org.cavityfem.study.adapt;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cavityfem.analysis.accuracy.ModeErrors;
import org.cavityfem.analysis.accuracy.OrderComparison;
import org.cavityfem.analysis.accuracy.PassbandErrors;
import org.cavityfem.analysis.accuracy.PeakLocations;
import org.cavityfem.analysis.accuracy.QuantityErrors;
import org.cavityfem.analysis.accuracy.ZeroFigures;
import org.cavityfem.analysis.field.ModeField;
import org.cavityfem.analysis.field.ReferencePoints;
import org.cavityfem.analysis.merit.MeritSettings;
import org.cavityfem.analysis.merit.ModeAnalysis;
import org.cavityfem.analysis.merit.ModeQuantities;
import org.cavityfem.analysis.merit.Normalization;
import org.cavityfem.analysis.merit.SingularPeak;
import org.cavityfem.analysis.merit.SolvedMode;
import org.cavityfem.analysis.passband.Passband;
import org.cavityfem.analysis.passband.PassbandAnalysis;
import org.cavityfem.analysis.superconducting.ModeSurface;
import org.cavityfem.analysis.superconducting.SurfaceQuantities;
import org.cavityfem.casefile.CaseDefinition;
import org.cavityfem.casefile.CellChain;
import org.cavityfem.solver.Mode;
import org.cavityfem.solver.ModeSolution;

/**
 * The per-quantity estimates of a pair of solves: each reported mode's analysis against its
 * matched mode of the reference solve, analysed with the same settings (the same active length and
 * voltage range, so that E_acc-based figures compare like with like) and scaled the same way (a mode
 * whose voltage is negligible is compared at the same stored energy, not at an E_acc its near-zero
 * voltage cannot set).
 */
public final class Estimates {

    /**
     * The estimates and the analyses of the reference modes they were taken against, which a later
     * estimate of the same pair of solves can reuse ({@link #of(CaseDefinition, ModeSolution, List, List,
     * ModeSolution, OrderComparison, List)}).
     *
     * @param errors one per reported mode
     * @param references per reported mode, the analysis of its matched reference mode, or null when
     *     unmatched or not analysed
     */
    public record Result(List<ModeErrors> errors, List<ModeAnalysis> references) {
    }

    /** The superconducting-surface block's key of the vortex entry's location. */
    static final String VORTEX_ENTRY_LOCATION = "vortexEntryLocation_m";

    private Estimates() {
    }

    /**
     * Estimates of every reported mode.
     *
     * @param reported the analyses of the reported solve, one per mode
     * @param surfaces their superconducting-surface results, one per mode, or empty to skip those
     * @param reference the reference solve
     * @param comparison the pairing of the two solves' modes
     */
    public static List<ModeErrors> of(CaseDefinition c, ModeSolution solution, List<ModeAnalysis> reported,
            List<ModeSurface> surfaces, ModeSolution reference, OrderComparison comparison) {
        return of(c, solution, reported, surfaces, reference, comparison, List.of()).errors();
    }

    /**
     * Estimates of every reported mode, reusing the analyses of reference modes made by an earlier
     * estimate of the same solves where they were made with the same settings and scaling (the
     * refinement loop's last iteration analyses without the passband, which may change the active
     * length); the rest are analysed here.
     *
     * @param earlier per reported mode, an earlier analysis of its matched reference mode (or null);
     *     may be shorter than the modes, or empty
     */
    public static Result of(CaseDefinition c, ModeSolution solution, List<ModeAnalysis> reported,
            List<ModeSurface> surfaces, ModeSolution reference, OrderComparison comparison,
            List<ModeAnalysis> earlier) {
        double size = solution.mesh().contour().boundingSize();
        List<ModeErrors> out = new ArrayList<>();
        ModeAnalysis[] references = new ModeAnalysis[solution.modes().size()];
        // The reference modes share one mesh: its points and domain-voltage data are made once.
        ReferencePoints points = ReferencePoints.of(reference.mesh());
        ModeAnalysis[] fresh = freshReferences(c, solution, reported, reference, comparison, earlier, points);
        for (int i = 0; i < solution.modes().size(); i++) {
            int j = comparison.match(i);
            if (j < 0) {
                out.add(ModeErrors.unmatched());
                continue;
            }
            Mode low = solution.modes().get(i);
            Mode high = reference.modes().get(j);
            Map<String, Double> values = QuantityErrors.of(ModeQuantities.SOLUTION, solved(low), solved(high), size);
            Map<String, Double> surface = Map.of();
            Optional<String> singular = Optional.empty();
            Map<String, String> zero = Map.of();
            if (i < reported.size()) {
                ModeAnalysis a = reported.get(i);
                ModeAnalysis b = fresh[i] != null ? fresh[i] : earlier.get(i);
                references[i] = b;
                values.putAll(QuantityErrors.of(ModeQuantities.FIGURES, a, b, size));
                PeakLocations.estimate(a, b, size, values);
                addActiveLengthError(c, a, QuantityErrors.relative(low.frequency(), high.frequency()), values);
                zero = ZeroFigures.complete(ZeroFigures.of(ModeQuantities.FIGURES, a, b, values,
                        2 * Math.PI * low.frequency(), ZeroFigures.value(ModeQuantities.FIGURES, "storedEnergy_J", a)),
                        values);
                singular = SingularPeak.ofElectricPeak(a);
                if (i < surfaces.size()) {
                    ModeSurface sb = ModeSurface.of(b, c.superconductor().material(), c.superconductor().temperature());
                    surface = QuantityErrors.of(SurfaceQuantities.FIGURES, surfaces.get(i).summary(), sb.summary(),
                            size);
                    // The vortex entry is at H_pk: a mirror copy of it in the reference is no error.
                    if (surface.containsKey(VORTEX_ENTRY_LOCATION)) {
                        var at = surfaces.get(i).summary().peakCurrentSample();
                        surface.put(VORTEX_ENTRY_LOCATION, PeakLocations.toMagneticPeak(b, at.z(), at.r(), size));
                    }
                }
            }
            out.add(new ModeErrors(j, comparison.overlap(i), comparison.fieldDifference(i), values, surface,
                    singular, zero));
        }
        return new Result(List.copyOf(out), java.util.Collections.unmodifiableList(Arrays.asList(references)));
    }

    /**
     * Figures that scale with the active length L at a fixed E_acc: V_acc = E_acc L, the E_acc ratios
     * and every field and power scaled to E_acc (by L/V; U and P by (L/V)², hence twice).
     */
    static final Map<String, Double> ACTIVE_LENGTH_POWERS = Map.ofEntries(Map.entry("Vacc_V", 1.0),
            Map.entry("EpkOverEacc", 1.0), Map.entry("BpkOverEacc_mT_per_MVm", 1.0), Map.entry("EaccOverHpk_ohm", 1.0),
            Map.entry("Epk_V_per_m", 1.0), Map.entry("Hpk_A_per_m", 1.0), Map.entry("Bpk_T", 1.0),
            Map.entry("kilpatrickRatio", 1.0), Map.entry("outerWallAverageH_A_per_m", 1.0),
            Map.entry("storedEnergy_J", 2.0), Map.entry("powerLoss_W", 2.0));

    /**
     * An active length the case does not give follows a frequency (N λ/2), and carries that
     * frequency's error into every figure scaled by it; the reference mode is analysed at the reported
     * mode's length (like with like), so the comparison cannot see it. It is added here, as the
     * relative difference of the two solves' frequencies (a passband's length follows its π-mode,
     * whose frequency has an estimate of the same size): V_acc at a fixed E_acc, whose estimate would
     * otherwise be rounding, showed 9.6e-10 against a finer solve of the TESLA mid-cell.
     */
    private static void addActiveLengthError(CaseDefinition c, ModeAnalysis a, double frequencyError,
            Map<String, Double> values) {
        if (c.rf().activeLength().isPresent() || a.normalization().kind() != Normalization.Kind.ACCELERATING_FIELD) {
            return;
        }
        ACTIVE_LENGTH_POWERS.forEach((key, power) -> values.computeIfPresent(key,
                (k, v) -> Math.max(v, power * frequencyError)));
    }

    /**
     * Per reported mode, the analysis of its matched reference mode where no earlier one can be reused
     * (null where unmatched or reused), made as the reported mode's was: with its active length and
     * the case's voltage range, and at the same stored energy when the reported mode's voltage was
     * negligible. The fields are made one after the other and analysed in
     * parallel over the modes, as {@code MeritStage} does the reported ones: each analysis is a
     * function of its own mode, so the result is the same for any number of threads. They leave out
     * the charge-current check, which has no estimate.
     */
    private static ModeAnalysis[] freshReferences(CaseDefinition c, ModeSolution solution, List<ModeAnalysis> reported,
            ModeSolution reference, OrderComparison comparison, List<ModeAnalysis> earlier, ReferencePoints points) {
        int n = Math.min(solution.modes().size(), reported.size());
        ModeAnalysis[] out = new ModeAnalysis[solution.modes().size()];
        ModeField[] fields = new ModeField[n];
        MeritSettings[] settings = new MeritSettings[n];
        boolean[] negligible = new boolean[n];
        List<Integer> todo = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int j = comparison.match(i);
            if (j < 0) {
                continue;
            }
            ModeAnalysis a = reported.get(i);
            Mode high = reference.modes().get(j);
            if (i < earlier.size() && matches(earlier.get(i), a, high)) {
                continue;
            }
            settings[i] = c.rf().settings(a.figures().activeLength(), c.geometry());
            negligible[i] = settings[i].normalization().kind() == Normalization.Kind.ACCELERATING_FIELD
                    && a.normalization().kind() == Normalization.Kind.STORED_ENERGY;
            fields[i] = ModeField.of(points.mesh(), high, points);
            todo.add(i);
        }
        (todo.size() > 1 ? todo.parallelStream() : todo.stream())
                .forEach(i -> out[i] = ModeAnalysis.of(fields[i], settings[i], negligible[i], false));
        return out;
    }

    /** Whether an earlier analysis is of this reference mode, made with the reported mode's settings and scaling. */
    private static boolean matches(ModeAnalysis earlier, ModeAnalysis a, Mode high) {
        return earlier != null && earlier.field().mode() == high
                && earlier.figures().activeLength() == a.figures().activeLength()
                && earlier.normalization().kind() == a.normalization().kind();
    }

    /**
     * The estimates of the passband's k_cc and field flatness, for a case whose geometry has a cell
     * chain: the passband found among the reference solve's modes against {@code reported}. Empty when
     * either has none.
     */
    public static Map<String, Double> passband(CaseDefinition c, Optional<Passband> reported, ModeSolution reference) {
        return reported.flatMap(p -> passbandOf(c, reference)).map(r -> PassbandErrors.of(reported.get(), r))
                .orElse(Map.of());
    }

    /**
     * The estimates of k_cc and the field flatness from a reported passband and the reference solve's,
     * found already (the refinement loop's last iteration found it); empty when either is.
     */
    public static Map<String, Double> passband(Optional<Passband> reported, Optional<Passband> reference) {
        return reported.isPresent() && reference.isPresent() ? PassbandErrors.of(reported.get(), reference.get())
                : Map.of();
    }

    /** As {@link #passband(CaseDefinition, Optional, ModeSolution)}, the reported passband found here too. */
    public static Map<String, Double> passband(CaseDefinition c, ModeSolution solution, ModeSolution reference) {
        return passband(c, passbandOf(c, solution), reference);
    }

    /** The passband among a solve's modes, without the periodic mid-cell; empty when there is none. */
    public static Optional<Passband> passbandOf(CaseDefinition c, ModeSolution solution) {
        Optional<CellChain> chain = c.geometry().cellChain();
        if (chain.isEmpty() || chain.get().noPiModeReason().isPresent()) {
            return Optional.empty();
        }
        List<ModeField> fields = new ArrayList<>();
        for (Mode m : solution.modes()) {
            fields.add(ModeField.of(solution.mesh(), m));
        }
        return PassbandAnalysis.analyse(fields, chain.get().irisPlanes()).passband();
    }

    private static SolvedMode solved(Mode m) {
        return new SolvedMode() {
            @Override
            public double frequency() {
                return m.frequency();
            }

            @Override
            public double waveNumber() {
                return m.waveNumber();
            }

            @Override
            public double relativeResidual() {
                return m.relativeResidual();
            }
        };
    }
}
