package org.cavityfem.study.adapt;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.DoubleBinaryOperator;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.cavityfem.analysis.accuracy.AccuracyReport;
import org.cavityfem.analysis.accuracy.AccuracyTarget;
import org.cavityfem.analysis.accuracy.OrderComparison;
import org.cavityfem.analysis.accuracy.RefinementStep;
import org.cavityfem.analysis.field.ElementLocator;
import org.cavityfem.analysis.merit.ModeAnalysis;
import org.cavityfem.analysis.passband.Passband;
import org.cavityfem.casefile.CaseDefinition;
import org.cavityfem.fem.TriangleNodeLayout;
import org.cavityfem.mesh.Mesh;
import org.cavityfem.mesh.MeshSettings;
import org.cavityfem.solver.ModeFamily;
import org.cavityfem.solver.ModeRequest;
import org.cavityfem.solver.ModeSolution;

/**
 * Solves a case with a reference solve one order higher on the same triangulation and, when the
 * case asks for an accuracy, refines until every estimate meets its target (design.md §2.14):
 *
 * <ol>
 *   <li>start at the order the target predicts ({@link #startOrder}; the default target at
 *       {@link #MAX_ADAPTIVE_ORDER}), or the case's order when that is higher;
 *   <li>mesh once, build the order-p and order-(p + 1) meshes on it, solve both, pair the modes;
 *   <li>estimate every quantity of every mode; stop when each meets its target;
 *   <li>otherwise raise the order while p < {@link #MAX_ADAPTIVE_ORDER}, after a first raise by as many
 *       orders as the fall of the worst estimate per order predicts (p-refinement converges
 *       exponentially for smooth fields, and the mesh is already graded towards the wall's singular
 *       joints), then halve the size of the elements that carry half of the indicators' sum
 *       (Dörfler marking) and remesh;
 *   <li>a quantity whose estimate does not fall in two iterations running while the unknowns grow, and an E_pk at a
 *       re-entrant corner (no finite value), stop counting as targets and are reported by name.
 * </ol>
 */
public final class AdaptiveSolve {

    /**
     * Without {@code mesh.errorEstimate}, a single solve is estimated when its unknowns times its
     * modes stay at or below this: the reference solve and the analysis of its modes about double
     * the cost of the solve and its figures, which a small case does not notice and a large one does.
     */
    public static final long ESTIMATE_BUDGET = 50_000;

    /**
     * Without {@code mesh.accuracy} and {@code mesh.errorEstimate}, a case is refined to
     * {@link AccuracyTarget#DEFAULT} when its triangles at order {@link #MAX_ADAPTIVE_ORDER} would
     * have at most this many unknowns times modes ({@link #predictedUnknowns}): the default loop
     * raises the order only, on the case's own triangulation, so this bounds its largest solve. At
     * this size the solves take milliseconds and the loop adds a few tenths of a second to a run
     * (the pillbox, 28 triangles, about 700 unknowns at order 7; docs/validation.md); the shipped
     * sphere and TESLA cells, about 300 triangles, stay with estimates only.
     */
    public static final long DEFAULT_TARGET_BUDGET = 2_000;

    /** Highest reported order of the loop: its reference solve is order 8, the highest there is. */
    public static final int MAX_ADAPTIVE_ORDER = TriangleNodeLayout.MAX_ORDER - 1;
    /** Most iterations. */
    public static final int MAX_ITERATIONS = 12;
    /** The loop stops refining beyond this many unknowns of the reference solve. */
    public static final int MAX_UNKNOWNS = 2_000_000;
    /**
     * Relative raise of the reported solve's highest frequency that makes the ceiling of its
     * reference solve ({@link #referenceRequest}): far above the eigen tolerance and the difference
     * of the two orders' quadratures, which are all that can put a reference partner above the
     * reported frequency, and small against the gaps of the spectrum, so that the shift converges
     * the modes below it quickly.
     */
    static final double REFERENCE_CEILING_RAISE = 1e-6;
    /** Decades the worst figure estimate falls per order on the usual meshes ({@link #startOrder}). */
    static final double DECADES_PER_ORDER = 1.5;
    /** The worst figure estimate at order p on the usual meshes is about 10^−(1.5 p − this) ({@link #startOrder}). */
    static final double ORDER_OFFSET = 3.5;
    /** Share of the indicators' sum the marked elements carry (Dörfler's θ). */
    static final double MARKED_SHARE = 0.5;
    /** Figures that carry the accelerating voltage's error ({@link #halveOnAxis}). */
    static final Set<String> VOLTAGE_KEYS = Set.of("Vacc_V", "RoverQ_ohm", "RoverQ_circuit_ohm",
            "lossFactor_V_per_C", "transitTimeFactor", "EpkOverEacc", "BpkOverEacc_mT_per_MVm", "EaccOverHpk_ohm");
    /** Suffix of a peak location's key. */
    static final String LOCATION_SUFFIX = "location_m";
    /** Elements whose nearest vertex lies within this many of their diameters of a peak are refined for its location. */
    static final double PEAK_REACH = 1.0;
    /** An estimate that falls by less than this factor while the unknowns grow by {@link #GROWTH} has stalled. */
    static final double STALL_FACTOR = 1.5;
    static final double GROWTH = 1.3;
    /** Quantities that come from E_pk and so inherit its singularity at a re-entrant corner. */
    static final Set<String> ELECTRIC_PEAK_KEYS = Set.of("Epk_V_per_m", "EpkOverEacc", "kilpatrickRatio",
            "Epk_location_m");

    /** Meshes the case: one triangulation, curved meshes of the given orders. */
    @FunctionalInterface
    public interface Mesher {
        List<Mesh> mesh(MeshSettings settings, DoubleBinaryOperator local, double extraTriangles, int... orders);
    }

    /** Solves one mesh. */
    @FunctionalInterface
    public interface Solver {
        ModeSolution solve(Mesh mesh, ModeRequest request);

        /**
         * Does now the part of a solve of {@code mesh} that needs only its modes' family (numbering,
         * assembly, symbolic analysis), and returns the rest: {@link MonopoleRound} calls it on a
         * second thread, so that the reference solve is assembled while the reported one's eigen solve
         * runs, and finishes it once the reported modes give its ceiling. The solution must be the
         * same as {@link #solve}'s. By default nothing is done in advance.
         */
        default Function<ModeRequest, ModeSolution> prepare(Mesh mesh, ModeFamily family) {
            return request -> solve(mesh, request);
        }
    }

    /**
     * Analyses the modes of a solution for the loop's estimates (no passband, no writing); it may
     * leave out the quantities without an estimate ({@link ModeAnalysis#of(org.cavityfem.analysis.field.ModeField,
     * org.cavityfem.analysis.merit.MeritSettings, boolean, boolean)}).
     */
    @FunctionalInterface
    public interface Analyser {
        List<ModeAnalysis> analyse(ModeSolution solution);
    }

    /** Hears each iteration. */
    @FunctionalInterface
    public interface Listener {
        void iteration(String line);
    }

    /**
     * One iteration's pair of solves of a formulation on one triangulation (the reported order p and
     * its reference), estimated: all the loop reads of it. The monopole TM loop's is
     * {@link MonopoleRound}; a TE0, m ≥ 1 or scan study's is made by the study.
     */
    public interface Round {
        /** Unknowns of the reported solve (summed over a scan's orders). */
        int unknowns();

        /** Unknowns of the reference solve (summed over a scan's orders). */
        int referenceUnknowns();

        /**
         * The largest estimate per quantity key over the modes, in a fixed key order; an unmatched
         * mode as {@code "mode i (unmatched)"} with an infinite estimate. A quantity of a mode that
         * cannot converge (an E_pk at a re-entrant corner) is left out and entered in {@code exempt},
         * key → reason, unless there already.
         */
        Map<String, Double> worst(Map<String, String> exempt);

        /**
         * Per element of the reported mesh, the largest over the modes of the element indicators
         * η_e² in the formulation's energy norm (each mode's add up to its squared relative error).
         */
        double[] indicators();

        /** Wall time of the round after its reported solve: reference solve, analyses, estimates (s). */
        double referenceSeconds();

        /**
         * Where the worst estimate of a quantity is taken, {z, r} (m), when that is a point (a peak's
         * value or location): the loop refines the elements there too, since a point value converges
         * with the field near the point, which the energy-norm indicators may not mark. Empty by
         * default.
         */
        default Optional<double[]> where(String key) {
            return Optional.empty();
        }

        /**
         * The next mesh's element sizes (m) per element of the reported mesh: by default, Dörfler
         * marking of {@link #indicators()} and the elements around {@link #where} the most missed
         * quantity is taken.
         *
         * @param exempt the quantities no longer driving the loop
         * @param worst the round's worst estimates ({@link #worst})
         * @param missed the quantity furthest above its target
         */
        default double[] refinedSizes(AccuracyTarget goal, Set<String> exempt, Map<String, Double> worst, String missed,
                Mesh mesh) {
            double[] size = AdaptiveSolve.refinedSizes(indicators(), mesh);
            if (missed != null) {
                where(missed).ifPresent(x -> around(mesh, x, size));
            }
            return size;
        }

        /** Which mode the worst estimate of a quantity belongs to, for the iteration's line; empty by default. */
        default String modeOf(String key) {
            return "";
        }
    }

    /** Solves and estimates one iteration on the reported mesh and its reference (the same triangulation). */
    @FunctionalInterface
    public interface Formulation<R extends Round> {
        R solve(List<Mesh> meshes);
    }

    /**
     * What the generic loop ends with.
     *
     * @param last the last iteration's round: the reported solve and its estimates
     * @param meshes its reported and reference meshes
     * @param settings the mesh settings of the reported solve (its order)
     * @param history one step per iteration
     * @param shortfalls one sentence per quantity that did not meet its target
     * @param meshSeconds wall time of all meshing (s)
     * @param referenceSeconds wall time of the earlier iterations and the last one's reference part (s)
     */
    public record Loop<R extends Round>(R last, List<Mesh> meshes, MeshSettings settings, List<RefinementStep> history,
            List<String> shortfalls, double meshSeconds, double referenceSeconds) {
    }

    /**
     * What the loop ends with.
     *
     * @param solution the reported solve
     * @param reference the reference solve, one order higher on the same triangulation
     * @param comparison the pairing of their modes
     * @param settings the mesh settings of the reported solve (its order)
     * @param history one step per iteration
     * @param shortfalls one sentence per quantity that did not meet its target
     * @param meshSeconds wall time of all meshing (s)
     * @param referenceSeconds wall time of the reference solves and of the earlier iterations (s)
     * @param target the target the loop worked to: the case's, the default, or none
     * @param policy where the target came from ({@link AccuracyReport#CASE}, {@link AccuracyReport#DEFAULT},
     *     {@link AccuracyReport#ESTIMATES}); meaningless without a reference solve
     * @param analyses the loop's analyses of the reported modes (without a passband, through the
     *     {@link Analyser}, so perhaps without the quantities that carry no estimate), empty when the
     *     loop made none
     * @param referenceAnalyses per reported mode, the analysis of its matched reference mode the
     *     loop's last estimate was taken against (null where unmatched), empty when none
     * @param referencePassband the passband the loop's last iteration found among the reference solve's
     *     modes (empty when there is none), or null when the loop did not look for it
     */
    public record Outcome(ModeSolution solution, ModeSolution reference, OrderComparison comparison,
            MeshSettings settings, List<RefinementStep> history, List<String> shortfalls, double meshSeconds,
            double referenceSeconds, Optional<AccuracyTarget> target, String policy, List<ModeAnalysis> analyses,
            List<ModeAnalysis> referenceAnalyses, Optional<Passband> referencePassband) {
    }

    private AdaptiveSolve() {
    }

    /**
     * The order a requested accuracy starts at: the lowest order, from the case's own up to
     * {@link #MAX_ADAPTIVE_ORDER}, at which the worst figure estimate of a mesh of the usual density
     * (elements of about a sixth of the wavelength, at most 30° of wall arc per edge) is expected to
     * meet {@code target.figures()}, or the case's order when it is higher. Measured on the shipped meshes
     * (`cavity solve` with {@code mesh.errorEstimate}, design.md §2.14), the worst figure estimate
     * falls by about 10^1.5 per order: the pillbox 2.8e-3 at order 4, the TESLA mid-cell 9.3e-5,
     * 5.4e-6 and 1.0e-7 at orders 5, 6 and 7, so 10^−(1.5 p − 3.5) is the guess. The loop checks the
     * guess with its estimates and raises the order further when it falls short; the orders below
     * it, which the loop would otherwise solve first, are skipped: the loop raises the order to
     * {@link #MAX_ADAPTIVE_ORDER} before it refines any element, and a lower order's pair of solves
     * costs about half the next one's, so skipping them saves more than an order too many costs.
     */
    public static int startOrder(AccuracyTarget target, int caseOrder) {
        if (caseOrder >= MAX_ADAPTIVE_ORDER) {
            return caseOrder;
        }
        int guess = (int) Math.ceil((ORDER_OFFSET - Math.log10(target.figures())) / DECADES_PER_ORDER - 1e-9);
        return Math.max(caseOrder, Math.min(MAX_ADAPTIVE_ORDER, guess));
    }

    /**
     * The settings of a requested accuracy's first mesh: the start order, with the grading towards
     * the wall's singular joints made for the finest target rather than for the order's bulk error
     * (design.md §2.14): at order 7 the bulk's error is far below any target, and a mesh graded for
     * it carries elements the target does not need.
     */
    static MeshSettings firstSettings(MeshSettings initial, int start, AccuracyTarget target) {
        double finest = Math.min(target.frequency(), target.figures());
        if (target.surfaceTargets()) {
            finest = Math.min(finest, target.surface());
        }
        return initial.withOrder(start).withGradingAccuracy(finest);
    }

    /** The order of the reference solve for a reported order p: p + 1, or p − 1 at the highest order. */
    public static int referenceOrder(int p) {
        return p < TriangleNodeLayout.MAX_ORDER ? p + 1 : p - 1;
    }

    /**
     * Runs the loop.
     *
     * @param target the requested accuracy; empty for one solve with its estimates
     */
    public static Outcome run(CaseDefinition c, MeshSettings initial, ModeRequest request, Optional<AccuracyTarget> target,
            Mesher mesher, Solver solver, Analyser analyser, Listener listener) {
        return run(c, initial, request, target, Optional.of(true), mesher, solver, analyser, listener);
    }

    /**
     * Unknowns times modes the case's triangulation would have at order {@link #MAX_ADAPTIVE_ORDER}:
     * a triangulation of E triangles has about E/2 vertices and 3E/2 edges, so E p²/2 nodes at order p
     * (the pillbox: 28 triangles, predicted 686 at order 7, solved with 707).
     */
    public static long predictedUnknowns(int elements, int modes) {
        return Math.round(elements * MAX_ADAPTIVE_ORDER * MAX_ADAPTIVE_ORDER / 2.0) * modes;
    }

    /**
     * Runs the loop.
     *
     * @param target the requested accuracy; empty for one solve, or for the default refinement
     *     ({@link AccuracyTarget#DEFAULT}) when {@code estimate} is empty and the case is within
     *     {@link #DEFAULT_TARGET_BUDGET}
     * @param estimate without a target: whether to make the reference solve (empty: the default
     *     refinement within its budget, else estimates when the solve has at most
     *     {@link #ESTIMATE_BUDGET} unknowns times modes)
     */
    public static Outcome run(CaseDefinition c, MeshSettings initial, ModeRequest request, Optional<AccuracyTarget> target,
            Optional<Boolean> estimate, Mesher mesher, Solver solver, Analyser analyser, Listener listener) {
        if (target.isEmpty()) {
            long start = System.nanoTime();
            int p = initial.order();
            boolean automatic = estimate.isEmpty();
            if (!estimate.orElse(true)) {
                List<Mesh> meshes = mesher.mesh(initial, null, 0, p);
                double meshSeconds = (System.nanoTime() - start) * 1e-9;
                return new Outcome(solver.solve(meshes.get(0), request), null, null, initial, List.of(), List.of(),
                        meshSeconds, 0, Optional.empty(), AccuracyReport.ESTIMATES, List.of(), List.of(), null);
            }
            List<Mesh> meshes = mesher.mesh(initial, null, 0, p, referenceOrder(p));
            double meshSeconds = (System.nanoTime() - start) * 1e-9;
            long predicted = predictedUnknowns(meshes.get(0).elementCount(), request.count());
            if (automatic && p <= MAX_ADAPTIVE_ORDER && predicted <= DEFAULT_TARGET_BUDGET) {
                listener.iteration(String.format(Locale.ROOT, "default accuracy %.0e (no mesh.accuracy): %d "
                        + "unknowns x modes predicted at order %d, within the default refinement budget of %d; "
                        + "solved at order %d", AccuracyTarget.DEFAULT.figures(), predicted, MAX_ADAPTIVE_ORDER,
                        DEFAULT_TARGET_BUDGET, MAX_ADAPTIVE_ORDER));
                // The default ends at order 7 on this triangulation whatever a lower order gives (a
                // lower order that met 1e-8 would only be less accurate): solve there directly.
                return p == MAX_ADAPTIVE_ORDER
                        ? refine(c, initial, request, AccuracyTarget.DEFAULT, true, meshes, meshSeconds, mesher, solver,
                                analyser, listener)
                        : refine(c, initial.withOrder(MAX_ADAPTIVE_ORDER), request, AccuracyTarget.DEFAULT, true, null,
                                meshSeconds, mesher, solver, analyser, listener);
            }
            ModeSolution solution = solver.solve(meshes.get(0), request);
            if (automatic && (long) solution.unknowns() * solution.modes().size() > ESTIMATE_BUDGET) {
                listener.iteration(String.format(Locale.ROOT, "no error estimates: %d unknowns x %d modes is above "
                        + "the automatic budget of %d (mesh.errorEstimate: true or mesh.accuracy asks for them)",
                        solution.unknowns(), solution.modes().size(), ESTIMATE_BUDGET));
                return new Outcome(solution, null, null, initial, List.of(), List.of(), meshSeconds, 0, Optional.empty(),
                        AccuracyReport.ESTIMATES, List.of(), List.of(), null);
            }
            if (automatic) {
                listener.iteration(String.format(Locale.ROOT, "estimates only, no refinement (no mesh.accuracy): %d "
                        + "unknowns x modes predicted at order %d, above the default refinement budget of %d",
                        predicted, MAX_ADAPTIVE_ORDER, DEFAULT_TARGET_BUDGET));
            }
            long t = System.nanoTime();
            ModeSolution reference = solver.solve(meshes.get(1), referenceRequest(request, solution, meshes.get(1)));
            OrderComparison comparison = OrderComparison.of(meshes.get(0), solution.modes(), meshes.get(1),
                    reference.modes());
            double seconds = (System.nanoTime() - start) * 1e-9;
            return new Outcome(solution, reference, comparison, initial,
                    List.of(new RefinementStep(0, p, meshes.get(0).elementCount(), solution.unknowns(), Map.of(), "",
                            "done", seconds)), List.of(), meshSeconds, (System.nanoTime() - t) * 1e-9,
                    Optional.empty(), AccuracyReport.ESTIMATES, List.of(), List.of(), null);
        }
        int start = startOrder(target.get(), initial.order());
        if (start > initial.order()) {
            listener.iteration(String.format(Locale.ROOT, "mesh.accuracy %.0e: starting at order %d, where the "
                    + "figures' estimates of the shipped meshes first reach it, instead of the case's order %d",
                    target.get().figures(), start, initial.order()));
        }
        return refine(c, firstSettings(initial, start, target.get()), request, target.get(), false, null, 0, mesher,
                solver, analyser, listener);
    }

    /**
     * The refinement loop to {@code goal} of the monopole TM formulation ({@link MonopoleRound}).
     *
     * @param first the meshes of the first iteration when already made, or null
     */
    private static Outcome refine(CaseDefinition c, MeshSettings initial, ModeRequest request, AccuracyTarget goal,
            boolean byDefault, List<Mesh> first, double firstMeshSeconds, Mesher mesher, Solver solver,
            Analyser analyser, Listener listener) {
        Loop<MonopoleRound> loop = loop(initial, goal, byDefault, first, firstMeshSeconds, mesher,
                meshes -> MonopoleRound.solve(c, goal, meshes, request, solver, analyser),
                listener);
        MonopoleRound r = loop.last();
        return new Outcome(r.solution(), r.reference(), r.comparison(), loop.settings(), loop.history(),
                loop.shortfalls(), loop.meshSeconds(), loop.referenceSeconds(), Optional.of(goal),
                byDefault ? AccuracyReport.DEFAULT : AccuracyReport.CASE, r.analyses(), r.references(),
                r.referencePassband());
    }

    /**
     * The refinement loop to {@code goal}, for any formulation. By default ({@code byDefault}) it raises
     * the order only, in one step to {@link #MAX_ADAPTIVE_ORDER}, on the case's own triangulation (the
     * cost the default's budget predicted), and stops there.
     *
     * @param first the meshes of the first iteration when already made, or null
     */
    public static <R extends Round> Loop<R> loop(MeshSettings initial, AccuracyTarget goal, boolean byDefault,
            List<Mesh> first, double firstMeshSeconds, Mesher mesher, Formulation<R> formulation, Listener listener) {
        MeshSettings settings = initial;
        DoubleBinaryOperator local = null;
        double extra = 0;
        List<RefinementStep> history = new ArrayList<>();
        List<String> shortfalls = new ArrayList<>();
        Map<String, String> exempt = new LinkedHashMap<>();
        Map<String, String> stalls = new HashMap<>();
        Map<String, Double> previousWorst = new HashMap<>();
        int previousUnknowns = 0;
        double previousRatio = 0;
        boolean previousRaised = false;
        int raiseTo = 0;
        double meshSeconds = firstMeshSeconds;
        double otherSeconds = 0;
        for (int iteration = 0;; iteration++) {
            long start = System.nanoTime();
            int p = settings.order();
            List<Mesh> meshes = iteration == 0 && first != null ? first
                    : mesher.mesh(settings, local, extra, p, referenceOrder(p));
            meshSeconds += (System.nanoTime() - start) * 1e-9;
            R round = formulation.solve(meshes);
            Map<String, Double> worst = round.worst(exempt);
            // Stalled quantities: no regular convergence in two iterations running, so refining further
            // would loop (one slow step is allowed: a peak may change place between two orders).
            int unknowns = round.unknowns();
            if (previousUnknowns > 0 && unknowns >= GROWTH * previousUnknowns) {
                for (Map.Entry<String, Double> q : worst.entrySet()) {
                    Double before = previousWorst.get(q.getKey());
                    boolean stalled = before != null && before > goal.of(q.getKey()) && q.getValue() > goal.of(q.getKey())
                            && q.getValue() * STALL_FACTOR > before;
                    if (!stalled) {
                        stalls.remove(q.getKey());
                        continue;
                    }
                    String since = stalls.putIfAbsent(q.getKey(), String.format(Locale.ROOT, "%.2g at %d unknowns",
                            before, previousUnknowns));
                    if (since != null) {
                        exempt.putIfAbsent(q.getKey(), String.format(Locale.ROOT, "its estimate went from %s to %.2g "
                                + "at %d unknowns, falling by less than %.1fx per iteration: it does not converge at "
                                + "the regular rate (a field singularity?)", since, q.getValue(), unknowns,
                                STALL_FACTOR));
                    }
                }
            }
            String missed = null;
            double ratio = 0;
            for (Map.Entry<String, Double> q : worst.entrySet()) {
                if (exempt.containsKey(q.getKey())) {
                    continue;
                }
                double r = q.getValue() / goal.of(q.getKey());
                if (r > 1 && r > ratio) {
                    ratio = r;
                    missed = q.getKey();
                }
            }
            Map<String, Double> classes = classes(worst, exempt.keySet());
            String action;
            boolean stop = false;
            if (missed == null) {
                action = "done";
                stop = true;
            } else if (iteration + 1 >= MAX_ITERATIONS) {
                action = "stopped: " + MAX_ITERATIONS + " iterations";
                stop = true;
            } else if (round.referenceUnknowns() > MAX_UNKNOWNS) {
                action = "stopped: more than " + MAX_UNKNOWNS + " unknowns";
                stop = true;
            } else if (byDefault && p >= MAX_ADAPTIVE_ORDER) {
                action = "stopped: order " + p + " on the case's mesh, where the default refinement ends "
                        + "(mesh.accuracy refines the mesh too)";
                stop = true;
            } else if (byDefault) {
                raiseTo = MAX_ADAPTIVE_ORDER;
                action = "raise order to " + raiseTo;
            } else if (p < MAX_ADAPTIVE_ORDER) {
                // After one raise, the observed fall per order says how many more it takes: jump there.
                int step = 1;
                if (previousRatio > ratio && previousRaised) {
                    step = (int) Math.ceil(Math.log(ratio) / Math.log(previousRatio / ratio));
                }
                raiseTo = Math.min(MAX_ADAPTIVE_ORDER, p + Math.max(1, step));
                action = "raise order to " + raiseTo;
            } else {
                action = "refine h";
            }
            double seconds = (System.nanoTime() - start) * 1e-9;
            history.add(new RefinementStep(iteration, p, meshes.get(0).elementCount(), unknowns, classes,
                    missed == null ? "" : missed, action, seconds));
            listener.iteration(String.format(Locale.ROOT,
                    "iteration %d: order %d, %d elements, %d unknowns; worst estimate frequency %.2g, figures %.2g%s%s; "
                            + "%.3f s; %s", iteration, p, meshes.get(0).elementCount(), unknowns,
                    classes.getOrDefault("frequency", 0.0), classes.getOrDefault("figures", 0.0),
                    classes.containsKey("surface") ? String.format(Locale.ROOT, ", surface %.2g", classes.get("surface"))
                            : "",
                    missed == null ? "" : " (" + missed + " " + String.format(Locale.ROOT, "%.2g", worst.get(missed))
                            + round.modeOf(missed) + ")", seconds, action));
            if (stop) {
                // One sentence per reason, naming every quantity it holds back.
                Map<String, List<String>> byReason = new LinkedHashMap<>();
                for (Map.Entry<String, String> e : exempt.entrySet()) {
                    byReason.computeIfAbsent(e.getValue(), k -> new ArrayList<>()).add(e.getKey());
                }
                for (Map.Entry<String, List<String>> r : byReason.entrySet()) {
                    shortfalls.add(String.join(", ", r.getValue()) + (r.getValue().size() == 1 ? " has" : " have")
                            + " no estimate below the target: " + r.getKey());
                }
                if (missed != null) {
                    shortfalls.add(String.format(Locale.ROOT, "%s: estimate %.2g above its target %.2g (%s)", missed,
                            worst.get(missed), goal.of(missed), action));
                }
                return new Loop<>(round, meshes, settings, history, shortfalls, meshSeconds,
                        otherSeconds + round.referenceSeconds());
            }
            otherSeconds += (System.nanoTime() - start) * 1e-9;
            previousWorst = worst;
            previousUnknowns = unknowns;
            previousRatio = ratio;
            previousRaised = action.startsWith("raise");
            if (previousRaised) {
                settings = settings.withOrder(raiseTo);
            } else {
                double[] size = round.refinedSizes(goal, exempt.keySet(), worst, missed, meshes.get(0));
                local = localSize(meshes.get(0), size);
                extra = 0;
                for (int e = 0; e < size.length; e++) {
                    extra += size[e] < diameter(meshes.get(0), e) ? 3 : 0;
                }
            }
        }
    }

    /**
     * The request of the reference solve on {@code reference}, a mesh of the reported solve's
     * triangulation at another order.
     *
     * <p>For the lowest modes with a reference one order higher: every mode below a ceiling just above
     * the reported solve's highest frequency ({@link ModeRequest#belowCeiling}). The element maps are
     * the exact ones, which depend on the vertices and the wall only, so the order-p space is a
     * subspace of the order-(p + 1) one, and by the min-max principle λ_i(p + 1) ≤ λ_i(p) for every
     * place i: at least as many reference modes as reported ones lie below the ceiling, and that
     * shift's factorisation alone proves them complete (design.md §2.4, §2.14). The partner of a
     * reported mode is the same mode better resolved, whose frequency is lower (a conforming
     * discretisation's eigenvalues lie above the exact ones and approach them from above), so it lies
     * below the ceiling even when a crossing changes its place; a mode that came down from above the
     * ceiling is returned too, so the pairing sees it.
     *
     * <p>Otherwise (modes nearest a target, a reference one order lower at the highest order, or a
     * solve that returned fewer modes than asked): one mode more than reported, so that a mode
     * crossing stays within its reach.
     */
    public static ModeRequest referenceRequest(ModeRequest request, ModeSolution reported, Mesh reference) {
        double highest = 0;
        for (var m : reported.modes()) {
            highest = Math.max(highest, m.frequency());
        }
        if (request.targetFrequency() == 0 && reference.order() > reported.mesh().order()
                && reported.modes().size() >= request.count() && highest > 0) {
            return ModeRequest.belowCeiling(request.count(), highest * (1 + REFERENCE_CEILING_RAISE),
                    request.tolerance(), request.family());
        }
        return new ModeRequest(request.count() + 1, request.targetFrequency(), request.tolerance(), request.family());
    }

    /** Worst estimate per class, {@code frequency} and {@code figures}, of the keys not exempt. */
    private static Map<String, Double> classes(Map<String, Double> worst, Set<String> exempt) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (Map.Entry<String, Double> q : worst.entrySet()) {
            if (exempt.contains(q.getKey())) {
                continue;
            }
            String c = AccuracyTarget.FREQUENCY_KEYS.contains(q.getKey()) ? "frequency"
                    : q.getKey().startsWith(AccuracyTarget.SURFACE_PREFIX) ? "surface" : "figures";
            out.merge(c, q.getValue(), Math::max);
        }
        return out;
    }

    /**
     * Per element, the largest of the modes' indicators (each mode's indicators sum to its squared
     * error); a mode without indicators (unmatched) is skipped.
     *
     * @param indicators mode i's indicators η_e², or null
     */
    public static double[] combined(IntFunction<double[]> indicators, int modes, int elements) {
        double[] eta = new double[elements];
        for (int i = 0; i < modes; i++) {
            double[] m = indicators.apply(i);
            if (m == null) {
                continue;
            }
            for (int e = 0; e < eta.length; e++) {
                eta[e] = Math.max(eta[e], m[e]);
            }
        }
        return eta;
    }

    /** New element sizes: half the diameter for the Dörfler-marked elements, the diameter elsewhere. */
    static double[] refinedSizes(double[] eta, Mesh mesh) {
        Integer[] byIndicator = new Integer[eta.length];
        double total = 0;
        for (int e = 0; e < eta.length; e++) {
            byIndicator[e] = e;
            total += eta[e];
        }
        Arrays.sort(byIndicator, (a, b) -> Double.compare(eta[b], eta[a]));
        double[] size = new double[eta.length];
        for (int e = 0; e < eta.length; e++) {
            size[e] = diameter(mesh, e);
        }
        double marked = 0;
        for (Integer e : byIndicator) {
            if (marked >= MARKED_SHARE * total) {
                break;
            }
            marked += eta[e];
            size[e] *= 0.5;
        }
        return size;
    }

    /**
     * Halves the size of the elements near a point {z, r}: those whose centroid lies within twice
     * their own diameter of it (the elements holding or touching it).
     */
    static void around(Mesh mesh, double[] x, double[] size) {
        for (int e = 0; e < size.length; e++) {
            double z = 0;
            double r = 0;
            for (int k = 0; k < 3; k++) {
                z += mesh.z(mesh.node(e, k)) / 3;
                r += mesh.r(mesh.node(e, k)) / 3;
            }
            double d = diameter(mesh, e);
            if (Math.hypot(z - x[0], r - x[1]) <= 2 * d) {
                size[e] = Math.min(size[e], 0.5 * d);
            }
        }
    }

    /**
     * Halves the size of the elements whose nearest vertex lies within {@link #PEAK_REACH} of their own
     * diameter of a mode's reported peak (the key's, E_pk or H_pk), unless already halved. A peak's
     * location is where the wall field's tangential derivative vanishes, so its error is that of the
     * field's second derivatives next to the peak: a local quantity that the energy-norm indicators,
     * dominated by the largest fields, do not see.
     */
    static void halveNearPeak(Mesh mesh, ModeAnalysis analysis, String key, double[] size) {
        var peak = key.startsWith("Epk") ? analysis.figures().peakElectricField()
                : analysis.figures().peakMagneticField();
        if (peak == null) {
            return;
        }
        for (int e = 0; e < size.length; e++) {
            double d = diameter(mesh, e);
            double near = Double.POSITIVE_INFINITY;
            for (int k = 0; k < 3; k++) {
                int n = mesh.node(e, k);
                near = Math.min(near, Math.hypot(mesh.z(n) - peak.z(), mesh.r(n) - peak.r()));
            }
            if (near <= PEAK_REACH * d) {
                size[e] = Math.min(size[e], 0.5 * d);
            }
        }
    }

    /**
     * Halves the size of the elements with an edge on the axis, unless already halved. A voltage taken
     * as the integral of E_z along the axis (a range that ends inside it, design.md §2.7) has the
     * error of the field's derivative there, which the energy-norm indicators do not single out; a
     * mode whose voltage nearly cancels (a passband's weak modes) magnifies it in its R/Q. The TE0 and
     * m ≥ 1 round uses it for the axis limit of m ≥ 2 modes (an m-th derivative at the axis).
     */
    public static void halveOnAxis(Mesh mesh, double[] size) {
        double tiny = 1e-12 * mesh.contour().boundingSize();
        for (int e = 0; e < size.length; e++) {
            int onAxis = 0;
            for (int k = 0; k < 3; k++) {
                onAxis += mesh.r(mesh.node(e, k)) <= tiny ? 1 : 0;
            }
            if (onAxis >= 2) {
                size[e] = Math.min(size[e], 0.5 * diameter(mesh, e));
            }
        }
    }

    /** Every element's diameter. */
    static double[] diameters(Mesh mesh) {
        double[] size = new double[mesh.elementCount()];
        for (int e = 0; e < size.length; e++) {
            size[e] = diameter(mesh, e);
        }
        return size;
    }

    /** Longest straight edge of element e (m). */
    static double diameter(Mesh mesh, int e) {
        double d = 0;
        for (int k = 0; k < 3; k++) {
            int a = mesh.node(e, k);
            int b = mesh.node(e, (k + 1) % 3);
            d = Math.max(d, Math.hypot(mesh.z(b) - mesh.z(a), mesh.r(b) - mesh.r(a)));
        }
        return d;
    }

    /** The size bound of the next mesh: the size of the element of this mesh that holds the point. */
    private static DoubleBinaryOperator localSize(Mesh mesh, double[] size) {
        ElementLocator locator = ElementLocator.of(mesh);
        return (z, r) -> locator.locate(z, r).map(l -> size[l.element()]).orElse(Double.POSITIVE_INFINITY);
    }
}
