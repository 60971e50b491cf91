package org.cavityfem.study;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;
import org.cavityfem.analysis.accuracy.AccuracyTarget;
import org.cavityfem.analysis.accuracy.ModeErrors;
import org.cavityfem.analysis.accuracy.ZeroFigures;
import org.cavityfem.analysis.hom.AzimuthalFigures;
import org.cavityfem.analysis.merit.WallLocation;
import org.cavityfem.mesh.Mesh;
import org.cavityfem.study.adapt.AdaptiveSolve;

/**
 * One iteration of the refinement loop ({@link AdaptiveSolve#loop}) of a TE0, m ≥ 1 or scan study:
 * every order of the scan solved at element order p and again at p + 1 on the same triangulation,
 * each pair estimated by {@code AzimuthalEstimates}, with the element indicators of the order's own
 * formulation (design.md §2.14).
 *
 * <p>A figure without a significant digit on a resolved mode ({@link ModeErrors#withoutDigits}, the
 * rule {@code ZeroFigures} keeps for the monopole loop too: a zero the scale test could not prove, or
 * an unresolved extraction) is no target in the iteration that finds it (its location and voltages
 * with it), and is named in {@link #noise()} for the study's console line, not as a shortfall: its
 * estimate stays near 1 however fine the mesh, and refining for it would loop until the stall check
 * gave up.
 *
 * @param mesh the reported mesh
 * @param orders the reported solve of each order of the scan
 * @param references their reference solves
 * @param errors one per mode of {@code orders}, in their order
 * @param modeIndicators per mode of {@code orders}, its element indicators η_e² (null when unmatched)
 * @param noise the study's figures without digits so far, as "key of mode i (label)", for its console
 *     line; shared by the iterations
 * @param referenceSeconds wall time after the reported solves (s)
 */
record AzimuthalRound(Mesh mesh, List<AzimuthalOrderResult> orders, List<AzimuthalOrderResult> references,
        List<ModeErrors> errors, IntFunction<double[]> modeIndicators, Set<String> noise, double referenceSeconds)
        implements AdaptiveSolve.Round {

    /**
     * Without {@code mesh.accuracy} and {@code mesh.errorEstimate}, a TE0, m ≥ 1 or scan study is
     * refined to 1e-8 (order {@link AdaptiveSolve#MAX_ADAPTIVE_ORDER} on its own triangulation) when
     * {@link #predictedUnknowns} is at most this, the monopole's budget in the same currency
     * ({@link AdaptiveSolve#DEFAULT_TARGET_BUDGET}); above it, estimates only (docs/case-format.md). The
     * shipped scan cases/hom/pillbox-scan.json predicts about 33 000 and stays with estimates: its
     * solve at order 7 with the order-8 reference takes about twice its time at order 5
     * (docs/validation.md, "Refinement of TE0 and m ≥ 1 studies").
     */
    static final long DEFAULT_TARGET_BUDGET = AdaptiveSolve.DEFAULT_TARGET_BUDGET;

    /**
     * Figures taken from the axis limit c_m of an m ≥ 1 mode (design.md §2.12; {@link #axisLimitMisses}):
     * the transverse R/Q and the figures of its voltage, the set that is zero with it.
     */
    static final Set<String> AXIS_LIMIT_KEYS = Set.copyOf(ZeroFigures.withFollowers("RoverQ_perp_linac_ohm"));

    /**
     * Unknowns times modes a scan would have at order {@link AdaptiveSolve#MAX_ADAPTIVE_ORDER} on a
     * triangulation of {@code elements} triangles: E p²/2 nodal unknowns per m = 0 order
     * ({@link AdaptiveSolve#predictedUnknowns}), three times that for m ≥ 1 (the edge-nodal pencil of
     * design.md §2.11: the pillbox of cases/hom/pillbox-scan.json has 1 379 unknowns at order 7 for
     * m = 0 TM and 4 064 for m = 1).
     *
     * @param modesPerOrder per order of the scan, {m, modes}
     */
    static long predictedUnknowns(int elements, List<int[]> modesPerOrder) {
        long sum = 0;
        for (int[] o : modesPerOrder) {
            sum += AdaptiveSolve.predictedUnknowns(elements, o[1]) * (o[0] == 0 ? 1 : 3);
        }
        return sum;
    }

    @Override
    public int unknowns() {
        return orders.stream().mapToInt(AzimuthalOrderResult::unknowns).sum();
    }

    @Override
    public int referenceUnknowns() {
        return references.stream().mapToInt(AzimuthalOrderResult::unknowns).sum();
    }

    @Override
    public Map<String, Double> worst(Map<String, String> exempt) {
        List<AzimuthalFigures> modes = orders.stream().flatMap(o -> o.modes().stream()).toList();
        Map<String, Double> worst = new LinkedHashMap<>();
        for (int i = 0; i < errors.size(); i++) {
            ModeErrors e = errors.get(i);
            if (!e.matched()) {
                worst.merge("mode " + i + " (unmatched)", Double.POSITIVE_INFINITY, Math::max);
                continue;
            }
            String of = " of mode " + i + " (" + modes.get(i).label() + ")";
            Map<String, String> digitless = e.withoutDigits();
            digitless.keySet().forEach(key -> noise.add(key + of));
            for (Map.Entry<String, Double> q : e.values().entrySet()) {
                if (!digitless.containsKey(q.getKey())) {
                    worst.merge(q.getKey(), q.getValue(), Math::max);
                }
            }
        }
        return worst;
    }

    /** A peak's value or location: where the mode with the worst estimate of it has that peak. */
    @Override
    public Optional<double[]> where(String key) {
        boolean electric = key.equals("Epk_V_per_m") || key.equals("Epk_location_m");
        boolean magnetic = key.equals("Hpk_A_per_m") || key.equals("Hpk_location_m") || key.equals("Bpk_T");
        if (!electric && !magnetic) {
            return Optional.empty();
        }
        List<AzimuthalFigures> modes = orders.stream().flatMap(o -> o.modes().stream()).toList();
        int worst = -1;
        double value = -1;
        for (int i = 0; i < errors.size(); i++) {
            Double v = errors.get(i).values().get(key);
            if (v != null && v > value && !errors.get(i).withoutDigits().containsKey(key)) {
                value = v;
                worst = i;
            }
        }
        if (worst < 0) {
            return Optional.empty();
        }
        WallLocation peak = electric ? modes.get(worst).electricPeak() : modes.get(worst).magneticPeak();
        return Optional.of(new double[] {peak.z(), peak.r()});
    }

    /**
     * The next mesh's sizes: the loop's marking ({@link AdaptiveSolve.Round#refinedSizes}), and the
     * elements on the axis halved too while a figure of the axis limit c_m of an m ≥ 2 mode misses
     * its target ({@link #axisLimitMisses}).
     */
    @Override
    public double[] refinedSizes(AccuracyTarget goal, Set<String> exempt, Map<String, Double> worst, String missed,
            Mesh mesh) {
        double[] size = AdaptiveSolve.Round.super.refinedSizes(goal, exempt, worst, missed, mesh);
        if (axisLimitMisses(goal, exempt)) {
            AdaptiveSolve.halveOnAxis(mesh, size);
        }
        return size;
    }

    /**
     * True when a figure taken from the axis limit c_m (design.md §2.12: the r^m coefficient of E_z at
     * the axis, behind V_perp, (R/Q)_perp and the kick factor) misses its target for some mode of
     * order m ≥ 2, and neither drives no refinement (exempt) nor has no digit. For m ≥ 2 c_m is an
     * m-th derivative at the axis, the boundary: it converges more slowly than the energy norm, whose
     * indicators mark the elements carrying the strongest fields rather than the axis (the pillbox
     * TM210 to 1e-6 took 9 iterations on them alone, TM211 and TM310 stalled). For m = 1 c_1 is a
     * first derivative, which the indicators resolve with the rest; halving the axis for it changed
     * the TM110 refinement's mesh path and moved its H_pk past its closed-form test, so m = 1 keeps
     * the loop's marking alone.
     */
    boolean axisLimitMisses(AccuracyTarget goal, Set<String> exempt) {
        List<AzimuthalFigures> modes = orders.stream().flatMap(o -> o.modes().stream()).toList();
        for (int i = 0; i < errors.size(); i++) {
            ModeErrors e = errors.get(i);
            if (modes.get(i).m() < 2 || !e.matched()) {
                continue;
            }
            for (String key : AXIS_LIMIT_KEYS) {
                Double v = e.values().get(key);
                if (v != null && v > goal.of(key) && !exempt.contains(key) && !e.withoutDigits().containsKey(key)) {
                    return true;
                }
            }
        }
        return false;
    }

    @Override
    public double[] indicators() {
        return AdaptiveSolve.combined(modeIndicators, errors.size(), mesh.elementCount());
    }
}
