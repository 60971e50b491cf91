package org.cavityfem.study.adapt;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.cavityfem.analysis.accuracy.AccuracyTarget;
import org.cavityfem.analysis.accuracy.ModeErrors;
import org.cavityfem.analysis.accuracy.OrderComparison;
import org.cavityfem.analysis.merit.ModeAnalysis;
import org.cavityfem.analysis.passband.Passband;
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
 * @param referencePassband the passband found among the reference solve's modes (empty when there is
 *     none), or null when the reported modes have no passband and it was not looked for
 * @param referenceSeconds wall time after the reported solve (s)
 */
record MonopoleRound(ModeSolution solution, ModeSolution reference, OrderComparison comparison,
        List<ModeAnalysis> analyses, Estimates.Result estimated, Map<String, Double> passband,
        Optional<Passband> referencePassband, double referenceSeconds) implements AdaptiveSolve.Round {

    static MonopoleRound solve(CaseDefinition c, AccuracyTarget goal, List<Mesh> meshes, ModeRequest request,
            AdaptiveSolve.Solver solver, AdaptiveSolve.Analyser analyser) {
        // The reference solve's numbering, assembly and symbolic analysis need its mesh only: they run
        // on a second thread while the reported solve runs on this one. Its shift, the ceiling, waits
        // for the reported modes (referenceRequest).
        Background<Function<ModeRequest, ModeSolution>> prepared = Background.start("reference assembly",
                () -> solver.prepare(meshes.get(1), request.family()));
        ModeSolution solution;
        try {
            solution = solver.solve(meshes.get(0), request);
        } catch (RuntimeException | Error e) {
            prepared.cancel();
            throw e;
        }
        long t = System.nanoTime();
        Function<ModeRequest, ModeSolution> referenceSolve = prepared.join();
        // The reported modes' analyses need the reported solve only: they run on the second thread
        // while the reference solve runs here, and are taken where they were made before.
        Background<List<ModeAnalysis>> analysed = Background.start("reported analyses",
                () -> analyser.analyse(solution));
        ModeSolution reference;
        OrderComparison comparison;
        try {
            reference = referenceSolve.apply(AdaptiveSolve.referenceRequest(request, solution, meshes.get(1)));
            comparison = OrderComparison.of(meshes.get(0), solution.modes(), meshes.get(1), reference.modes());
        } catch (RuntimeException | Error e) {
            analysed.cancel();
            throw e;
        }
        List<ModeAnalysis> analyses = analysed.join();
        // The superconducting-surface figures are estimated here only when they are targets.
        List<ModeSurface> surfaces = goal.surfaceTargets() ? analyses.stream().map(a -> ModeSurface.of(a,
                c.superconductor().material(), c.superconductor().temperature())).toList() : List.of();
        Estimates.Result estimated = Estimates.of(c, solution, analyses, surfaces, reference, comparison, List.of());
        // k_cc and the field flatness of a multi-cell cavity's passband are figures too.
        // The reference's passband is kept for the study's estimates (null: not looked for).
        Map<String, Double> passband = new LinkedHashMap<>();
        Optional<Passband> reportedPassband = Estimates.passbandOf(c, solution);
        Optional<Passband> referencePassband = reportedPassband.isPresent() ? Estimates.passbandOf(c, reference)
                : null;
        if (referencePassband != null) {
            Estimates.passband(reportedPassband, referencePassband)
                    .forEach((k, v) -> passband.put(AccuracyTarget.PASSBAND_PREFIX + k, v));
        }
        return new MonopoleRound(solution, reference, comparison, analyses, estimated, passband, referencePassband,
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
            // A figure without a digit on a resolved mode is no target (ZeroFigures.withoutDigits).
            Map<String, String> digitless = e.withoutDigits();
            for (Map.Entry<String, Double> q : e.values().entrySet()) {
                if (e.singular().isPresent() && AdaptiveSolve.ELECTRIC_PEAK_KEYS.contains(q.getKey())) {
                    exempt.putIfAbsent(q.getKey(), "mode " + i + ": " + e.singular().get());
                    continue;
                }
                if (digitless.containsKey(q.getKey())) {
                    continue;
                }
                worst.merge(q.getKey(), q.getValue(), Math::max);
            }
            e.surface().forEach((k, v) -> worst.merge(AccuracyTarget.SURFACE_PREFIX + k, v, Math::max));
        }
        passband.forEach(worst::put);
        return worst;
    }

    /**
     * Dörfler marking of the energy-norm indicators when a quantity other than a peak's location misses
     * its target, the elements on the axis when a voltage-borne figure does, and the elements next to
     * every peak whose location misses its target; a location alone marks only its peaks.
     */
    @Override
    public double[] refinedSizes(AccuracyTarget goal, Set<String> exempt, Map<String, Double> worst, String missed,
            Mesh mesh) {
        boolean other = false;
        boolean voltage = false;
        for (Map.Entry<String, Double> q : worst.entrySet()) {
            if (!exempt.contains(q.getKey()) && !q.getKey().endsWith(AdaptiveSolve.LOCATION_SUFFIX)
                    && !(q.getValue() <= goal.of(q.getKey()))) {
                other = true;
                voltage |= AdaptiveSolve.VOLTAGE_KEYS.contains(q.getKey());
            }
        }
        double[] size = other ? AdaptiveSolve.refinedSizes(indicators(), mesh) : AdaptiveSolve.diameters(mesh);
        if (voltage) {
            AdaptiveSolve.halveOnAxis(mesh, size);
        }
        List<ModeErrors> errors = estimated.errors();
        for (int i = 0; i < errors.size() && i < analyses.size(); i++) {
            for (Map.Entry<String, Double> q : errors.get(i).values().entrySet()) {
                if (q.getKey().endsWith(AdaptiveSolve.LOCATION_SUFFIX) && !exempt.contains(q.getKey())
                        && !(q.getValue() <= goal.of(q.getKey()))
                        && !errors.get(i).withoutDigits().containsKey(q.getKey())) {
                    AdaptiveSolve.halveNearPeak(mesh, analyses.get(i), q.getKey(), size);
                }
            }
        }
        return size;
    }

    /** " of mode i at f MHz" for a per-mode quantity's worst estimate, empty for a passband figure. */
    @Override
    public String modeOf(String key) {
        List<ModeErrors> errors = estimated.errors();
        if (errors.size() < 2) {
            return "";
        }
        int mode = -1;
        double worst = -1;
        for (int i = 0; i < errors.size(); i++) {
            Double v = errors.get(i).matched() ? errors.get(i).values().get(key) : null;
            if (v != null && !(v <= worst)) {
                worst = v;
                mode = i;
            }
        }
        return mode < 0 ? "" : String.format(Locale.ROOT, " of mode %d at %.6g MHz", mode,
                solution.modes().get(mode).frequency() * 1e-6);
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
