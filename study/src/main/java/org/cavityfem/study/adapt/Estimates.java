package org.cavityfem.study.adapt;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cavityfem.analysis.accuracy.ModeErrors;
import org.cavityfem.analysis.accuracy.OrderComparison;
import org.cavityfem.analysis.accuracy.PeakLocations;
import org.cavityfem.analysis.accuracy.QuantityErrors;
import org.cavityfem.analysis.field.ModeField;
import org.cavityfem.analysis.merit.ModeAnalysis;
import org.cavityfem.analysis.merit.ModeQuantities;
import org.cavityfem.analysis.merit.SingularPeak;
import org.cavityfem.analysis.merit.SolvedMode;
import org.cavityfem.analysis.superconducting.ModeSurface;
import org.cavityfem.analysis.superconducting.SurfaceQuantities;
import org.cavityfem.casefile.CaseDefinition;
import org.cavityfem.solver.Mode;
import org.cavityfem.solver.ModeSolution;

/**
 * The per-quantity estimates of a pair of solves: each reported mode's analysis against its
 * matched mode of the reference solve, analysed with the same settings (the same active length,
 * so that E_acc-based figures compare like with like).
 */
public final class Estimates {

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
        double size = solution.mesh().contour().boundingSize();
        List<ModeErrors> out = new ArrayList<>();
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
            if (i < reported.size()) {
                ModeAnalysis a = reported.get(i);
                ModeAnalysis b = ModeAnalysis.of(ModeField.of(reference.mesh(), high),
                        c.rf().settings(a.figures().activeLength()));
                values.putAll(QuantityErrors.of(ModeQuantities.FIGURES, a, b, size));
                PeakLocations.estimate(a, b, size, values);
                singular = SingularPeak.ofElectricPeak(a);
                if (i < surfaces.size()) {
                    ModeSurface sb = ModeSurface.of(b, c.superconductor().material(), c.superconductor().temperature());
                    surface = QuantityErrors.of(SurfaceQuantities.FIGURES, surfaces.get(i).summary(), sb.summary(),
                            size);
                }
            }
            out.add(new ModeErrors(j, comparison.overlap(i), comparison.fieldDifference(i), values, surface,
                    singular));
        }
        return List.copyOf(out);
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
