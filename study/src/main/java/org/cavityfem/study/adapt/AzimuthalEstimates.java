package org.cavityfem.study.adapt;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;
import org.cavityfem.analysis.accuracy.AzimuthalComparison;
import org.cavityfem.analysis.accuracy.AzimuthalErrors;
import org.cavityfem.analysis.accuracy.ModeErrors;
import org.cavityfem.analysis.accuracy.OrderComparison;
import org.cavityfem.analysis.accuracy.ZeroFigures;
import org.cavityfem.analysis.hom.AzimuthalAnalysis;
import org.cavityfem.analysis.hom.AzimuthalFigures;
import org.cavityfem.analysis.hom.AzimuthalQuantities;
import org.cavityfem.analysis.hom.HomQuantities;
import org.cavityfem.mesh.Mesh;
import org.cavityfem.solver.ModeSolution;
import org.cavityfem.solver.hom.AzimuthalSolution;

/**
 * The estimates of the modes of one order of a TE0, m ≥ 1 or scan study (design.md §2.14): the
 * order's solve against a solve of the same formulation one element order higher on the same
 * triangulation, its modes paired by field overlap ({@link AzimuthalComparison} for m ≥ 1,
 * {@link OrderComparison} for m = 0, TM or TE), every figure compared by {@link AzimuthalErrors}.
 */
public final class AzimuthalEstimates {

    /**
     * The estimates of one order's modes and the element indicators they come with.
     *
     * @param errors one per reported mode
     * @param indicators per reported mode, its element indicators η_e² in the formulation's energy
     *     norm ({@link OrderComparison#indicators}, {@link AzimuthalComparison#indicators}), null
     *     when unmatched; made when first asked for (m ≥ 1)
     */
    public record Result(List<ModeErrors> errors, IntFunction<double[]> indicators) {
    }

    private AzimuthalEstimates() {
    }

    /**
     * One estimate per reported mode, in its order.
     *
     * @param low the reported solve's mesh
     * @param reported its modes' figures
     * @param monopole the reported m = 0 solution (empty for m ≥ 1)
     * @param azimuthal the reported m ≥ 1 solution (empty for m = 0)
     * @param high the reference mesh: the same triangulation one order higher
     * @param referenceFigures the reference modes' figures
     * @param referenceMonopole the reference m = 0 solution (empty for m ≥ 1)
     * @param referenceAzimuthal the reference m ≥ 1 solution (empty for m = 0)
     */
    public static List<ModeErrors> of(Mesh low, List<AzimuthalFigures> reported, Optional<ModeSolution> monopole,
            Optional<AzimuthalSolution> azimuthal, Mesh high, List<AzimuthalFigures> referenceFigures,
            Optional<ModeSolution> referenceMonopole, Optional<AzimuthalSolution> referenceAzimuthal) {
        return estimate(low, reported, monopole, azimuthal, high, referenceFigures, referenceMonopole,
                referenceAzimuthal).errors();
    }

    /** As {@link #of}, with the element indicators of the refinement loop. */
    public static Result estimate(Mesh low, List<AzimuthalFigures> reported, Optional<ModeSolution> monopole,
            Optional<AzimuthalSolution> azimuthal, Mesh high, List<AzimuthalFigures> referenceFigures,
            Optional<ModeSolution> referenceMonopole, Optional<AzimuthalSolution> referenceAzimuthal) {
        int n = reported.size();
        IntFunction<double[]> indicators;
        int[] match = new int[n];
        double[] overlap = new double[n];
        double[] difference = new double[n];
        if (azimuthal.isPresent()) {
            AzimuthalComparison c = AzimuthalComparison.of(low, azimuthal.get(), high, referenceAzimuthal.orElseThrow());
            indicators = c::indicators;
            for (int i = 0; i < n; i++) {
                match[i] = c.match(i);
                overlap[i] = c.overlap(i);
                difference[i] = c.fieldDifference(i);
            }
        } else {
            OrderComparison c = OrderComparison.of(low, monopole.orElseThrow().modes(), high,
                    referenceMonopole.orElseThrow().modes());
            indicators = c::indicators;
            for (int i = 0; i < n; i++) {
                match[i] = c.match(i);
                overlap[i] = c.overlap(i);
                difference[i] = c.fieldDifference(i);
            }
        }
        double size = low.contour().boundingSize();
        List<ModeErrors> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int j = match[i];
            if (j < 0) {
                out.add(ModeErrors.unmatched());
                continue;
            }
            AzimuthalErrors.SegmentPeaks peaks = referenceAzimuthal.isPresent()
                    ? segment -> AzimuthalAnalysis.peaksOn(high, referenceAzimuthal.get().dofs(),
                            referenceAzimuthal.get().m(), referenceAzimuthal.get().modes().get(j), segment)
                    : segment -> AzimuthalAnalysis.peaksOn(high, referenceMonopole.get().modes().get(j), segment);
            Map<String, Double> values = AzimuthalErrors.of(reported.get(i), referenceFigures.get(j), size, peaks);
            AzimuthalFigures a = reported.get(i);
            AzimuthalFigures b = referenceFigures.get(j);
            double omega = 2 * Math.PI * a.frequency();
            Map<String, String> zero = new LinkedHashMap<>(ZeroFigures.of(AzimuthalQuantities.TABLE, a, b, values, omega,
                    a.storedEnergy()));
            ZeroFigures.of(HomQuantities.TABLE, a, b, values, omega, a.storedEnergy()).forEach(zero::putIfAbsent);
            out.add(new ModeErrors(j, overlap[i], difference[i], values, Map.of(), Optional.empty(),
                    ZeroFigures.complete(zero, values)));
        }
        return new Result(List.copyOf(out), indicators);
    }
}
