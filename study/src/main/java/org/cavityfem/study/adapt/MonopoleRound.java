package org.cavityfem.study.adapt;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cavityfem.analysis.accuracy.AccuracyTarget;
import org.cavityfem.analysis.accuracy.ModeErrors;
import org.cavityfem.analysis.accuracy.OrderComparison;
import org.cavityfem.analysis.merit.ModeAnalysis;
import org.cavityfem.analysis.superconducting.ModeSurface;
import org.cavityfem.casefile.CaseDefinition;
import org.cavityfem.mesh.Mesh;
import org.cavityfem.solver.ModeRequest;
import org.cavityfem.solver.ModeSolution;

/**
 * One iteration of the monopole TM refinement loop ({@link AdaptiveSolve#loop}): the H_phi solve at
 * order p and its order-(p + 1) reference on one triangulation, the modes paired and analysed,
 * every figure estimated ({@link Estimates}); the indicators are {@link OrderComparison}'s.
 *
 * @param solution the reported solve
 * @param reference the reference solve
 * @param comparison the pairing of their modes, with the element indicators
 * @param analyses the reported modes' analyses (without a passband)
 * @param estimated the estimates and the reference analyses they were taken against
 * @param passband the estimates of the passband's k_cc and flatness, keyed with
 *     {@link AccuracyTarget#PASSBAND_PREFIX}; empty without a passband
 * @param referenceSeconds wall time after the reported solve (s)
 */
record MonopoleRound(ModeSolution solution, ModeSolution reference, OrderComparison comparison,
        List<ModeAnalysis> analyses, Estimates.Result estimated, Map<String, Double> passband,
        double referenceSeconds) implements AdaptiveSolve.Round {

    static MonopoleRound solve(CaseDefinition c, AccuracyTarget goal, List<Mesh> meshes, ModeRequest request,
            ModeRequest referenceRequest, AdaptiveSolve.Solver solver, AdaptiveSolve.Analyser analyser) {
        ModeSolution solution = solver.solve(meshes.get(0), request);
        long t = System.nanoTime();
        ModeSolution reference = solver.solve(meshes.get(1), referenceRequest);
        OrderComparison comparison = OrderComparison.of(meshes.get(0), solution.modes(), meshes.get(1),
                reference.modes());
        List<ModeAnalysis> analyses = analyser.analyse(solution);
        // The superconducting-surface figures are estimated here only when they are targets.
        List<ModeSurface> surfaces = goal.surfaceTargets() ? analyses.stream().map(a -> ModeSurface.of(a,
                c.superconductor().material(), c.superconductor().temperature())).toList() : List.of();
        Estimates.Result estimated = Estimates.of(c, solution, analyses, surfaces, reference, comparison, List.of());
        // k_cc and the field flatness of a multi-cell cavity's passband are figures too.
        Map<String, Double> passband = new LinkedHashMap<>();
        Estimates.passband(c, solution, reference)
                .forEach((k, v) -> passband.put(AccuracyTarget.PASSBAND_PREFIX + k, v));
        return new MonopoleRound(solution, reference, comparison, analyses, estimated, passband,
                (System.nanoTime() - t) * 1e-9);
    }

    @Override
    public int unknowns() {
        return solution.unknowns();
    }

    @Override
    public int referenceUnknowns() {
        return reference.unknowns();
    }

    @Override
    public Map<String, Double> worst(Map<String, String> exempt) {
        // Worst estimate per key over the modes; unmatched modes cannot be signed off.
        List<ModeErrors> errors = estimated.errors();
        Map<String, Double> worst = new LinkedHashMap<>();
        for (int i = 0; i < errors.size(); i++) {
            ModeErrors e = errors.get(i);
            if (!e.matched()) {
                worst.merge("mode " + i + " (unmatched)", Double.POSITIVE_INFINITY, Math::max);
                continue;
            }
            for (Map.Entry<String, Double> q : e.values().entrySet()) {
                if (e.singular().isPresent() && AdaptiveSolve.ELECTRIC_PEAK_KEYS.contains(q.getKey())) {
                    exempt.putIfAbsent(q.getKey(), "mode " + i + ": " + e.singular().get());
                    continue;
                }
                worst.merge(q.getKey(), q.getValue(), Math::max);
            }
            e.surface().forEach((k, v) -> worst.merge(AccuracyTarget.SURFACE_PREFIX + k, v, Math::max));
        }
        passband.forEach(worst::put);
        return worst;
    }

    @Override
    public double[] indicators() {
        return AdaptiveSolve.combined(comparison::indicators, estimated.errors().size(),
                solution.mesh().elementCount());
    }

    /** Per reported mode, the analysis of its matched reference mode the estimates were taken against. */
    List<ModeAnalysis> references() {
        return estimated.references();
    }
}
