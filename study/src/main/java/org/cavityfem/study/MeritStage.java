package org.cavityfem.study;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.IntStream;
import org.cavityfem.analysis.field.ElementLocator;
import org.cavityfem.analysis.field.ModeField;
import org.cavityfem.analysis.field.ReferencePoints;
import org.cavityfem.analysis.merit.ChargeCurrentCheck;
import org.cavityfem.analysis.merit.MeritSettings;
import org.cavityfem.analysis.merit.ModeAnalysis;
import org.cavityfem.analysis.merit.Normalization;
import org.cavityfem.analysis.passband.Passband;
import org.cavityfem.casefile.ActiveLength;
import org.cavityfem.casefile.CaseDefinition;
import org.cavityfem.solver.Mode;
import org.cavityfem.solver.ModeSolution;

/**
 * The figures-of-merit step of a run: every mode scaled as the case's {@code rf.normalization} says (to
 * E_acc by default; to the stored energy when its voltage is negligible against the strongest mode's)
 * and analysed. The modes share one point locator, and the geometry of the points where the wall
 * checks evaluate every mode ({@link ReferencePoints}), and are analysed in parallel when there are
 * several; each analysis is the same sequential computation whatever the thread that runs it, so
 * the results are the same bits for any number of threads.
 */
public final class MeritStage {

    private MeritStage() {
    }

    /**
     * One analysis per mode of the solution, in its order.
     *
     * @param passband the TM010 passband when found: an N-cell cavity's default active length is
     *     N λ/2 of its π-mode for every mode (of each mode's own frequency otherwise)
     */
    public static List<ModeAnalysis> analyse(ModeSolution solution, CaseDefinition c, Optional<Passband> passband) {
        return analyse(solution, c, piModeFrequency(solution, passband));
    }

    /**
     * One analysis per mode of the solution, in its order.
     *
     * @param piMode the frequency of the passband's π-mode when there is one (Hz): an N-cell cavity's
     *     default active length is N λ/2 of it for every mode (of each mode's own frequency otherwise)
     */
    public static List<ModeAnalysis> analyse(ModeSolution solution, CaseDefinition c, OptionalDouble piMode) {
        return analyse(solution, c, piMode, true);
    }

    /**
     * One analysis per mode of the solution, in its order, with or without the charge-current check
     * (a refinement iteration's analyses leave it out: {@link ModeAnalysis#of(ModeField, MeritSettings,
     * boolean, boolean)}; {@link #withChargeCurrentChecks} adds it to those that are reported).
     */
    public static List<ModeAnalysis> analyse(ModeSolution solution, CaseDefinition c, OptionalDouble piMode,
            boolean chargeCurrentCheck) {
        List<Mode> modes = solution.modes();
        if (modes.isEmpty()) {
            return List.of();
        }
        ElementLocator locator = ElementLocator.of(solution.mesh());
        ReferencePoints points = ReferencePoints.of(solution.mesh());
        List<ModeField> fields = new ArrayList<>();
        List<MeritSettings> settings = new ArrayList<>();
        for (Mode mode : modes) {
            fields.add(ModeField.of(solution.mesh(), mode, locator, points));
            settings.add(c.rf().settings(ActiveLength.perMode(c, piMode.orElse(mode.frequency())), c.geometry()));
        }
        // Every mode's axis voltage, in parallel: the R/Q compared below, and the start of its analysis.
        IntStream each = IntStream.range(0, modes.size());
        List<ModeAnalysis.AxisVoltage> voltages = (modes.size() > 1 ? each.parallel() : each)
                .mapToObj(i -> ModeAnalysis.AxisVoltage.of(fields.get(i), settings.get(i))).toList();
        List<Double> rOverQ = new ArrayList<>();
        double largest = 0;
        for (ModeAnalysis.AxisVoltage v : voltages) {
            rOverQ.add(v.rOverQ());
            largest = Math.max(largest, rOverQ.get(rOverQ.size() - 1));
        }
        double strongest = largest;
        if (chargeCurrentCheck && modes.size() > 1) {
            // The check's stencils are the mesh's, made once and shared; made by the first mode to
            // check, they kept the other threads waiting at their own checks while they were made.
            // They are made here as one more task beside the analyses, which leave the check out,
            // and then every mode is checked: the same bits as analyses made with the check.
            List<ModeAnalysis> analysed = IntStream.range(-1, modes.size()).parallel()
                    .mapToObj(i -> {
                        if (i < 0) {
                            ChargeCurrentCheck.prepare(fields.get(0));
                            return null;
                        }
                        return ModeAnalysis.of(fields.get(i), voltages.get(i), settings.get(i),
                                Normalization.negligible(rOverQ.get(i), strongest), false);
                    })
                    .toList();
            return withChargeCurrentChecks(analysed.subList(1, analysed.size()));
        }
        IntStream indices = IntStream.range(0, modes.size());
        // A mode whose voltage is negligible against the strongest mode's is not scaled to E_acc.
        return (modes.size() > 1 ? indices.parallel() : indices)
                .mapToObj(i -> ModeAnalysis.of(fields.get(i), voltages.get(i), settings.get(i),
                        Normalization.negligible(rOverQ.get(i), strongest), chargeCurrentCheck))
                .toList();
    }

    /** The analyses with the charge-current check made, in parallel over the modes as {@link #analyse} does. */
    public static List<ModeAnalysis> withChargeCurrentChecks(List<ModeAnalysis> analyses) {
        return (analyses.size() > 1 ? analyses.parallelStream() : analyses.stream())
                .map(ModeAnalysis::withChargeCurrentCheck).toList();
    }

    /**
     * Whether {@code earlier} are the analyses {@link #analyse} would make of this solution with this
     * passband: analyses of these very modes, each with the active length the passband gives (the
     * only setting a passband changes; the scaling follows from the settings), so they can be used as
     * they are.
     *
     * @param earlier analyses made without a passband, or empty
     */
    public static boolean sameSettings(List<ModeAnalysis> earlier, ModeSolution solution, CaseDefinition c,
            Optional<Passband> passband) {
        List<Mode> modes = solution.modes();
        if (earlier.size() != modes.size() || modes.isEmpty()) {
            return false;
        }
        for (int i = 0; i < modes.size(); i++) {
            ModeAnalysis a = earlier.get(i);
            double length = ActiveLength.perMode(c, piModeFrequency(solution, passband).orElse(modes.get(i).frequency()));
            if (a.field().mode() != modes.get(i) || a.figures().activeLength() != length) {
                return false;
            }
        }
        return true;
    }

    private static OptionalDouble piModeFrequency(ModeSolution solution, Optional<Passband> passband) {
        return passband.map(p -> OptionalDouble.of(solution.modes().get(p.piMode().modeIndex()).frequency()))
                .orElse(OptionalDouble.empty());
    }
}
