package org.cavityfem.study;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import org.cavityfem.analysis.accuracy.AccuracyReport;
import org.cavityfem.analysis.accuracy.PeriodicCellStep;
import org.cavityfem.analysis.accuracy.AccuracyTarget;
import org.cavityfem.analysis.accuracy.ModeErrors;
import org.cavityfem.analysis.accuracy.RefinementStep;
import org.cavityfem.analysis.field.ElementLocator;
import org.cavityfem.analysis.field.ModeLabels;
import org.cavityfem.analysis.hom.AzimuthalAnalysis;
import org.cavityfem.analysis.hom.AzimuthalFigures;
import org.cavityfem.analysis.merit.ModeAnalysis;
import org.cavityfem.analysis.passband.CellCoupling;
import org.cavityfem.analysis.passband.Passband;
import org.cavityfem.analysis.superconducting.ModeSurface;
import org.cavityfem.casefile.CaseDefinition;
import org.cavityfem.casefile.CaseException;
import org.cavityfem.casefile.CellChain;
import org.cavityfem.casefile.ContourFactory;
import org.cavityfem.casefile.SolverSpec;
import org.cavityfem.mesh.Mesh;
import org.cavityfem.mesh.MeshGenerator;
import org.cavityfem.mesh.MeshPlan;
import org.cavityfem.mesh.MeshProgress;
import org.cavityfem.mesh.MeshSettings;
import org.cavityfem.mesh.build.EllipticalCavity;
import org.cavityfem.mesh.build.EllipticalHalfCell;
import org.cavityfem.mesh.geometry.BoundaryKind;
import org.cavityfem.mesh.geometry.Contour;
import org.cavityfem.mesh.geometry.InvalidGeometryException;
import org.cavityfem.solver.Mode;
import org.cavityfem.solver.ModeFamily;
import org.cavityfem.solver.ModeRequest;
import org.cavityfem.solver.ModeSolution;
import org.cavityfem.solver.ModeSolver;
import org.cavityfem.solver.eigen.EigenSolveException;
import org.cavityfem.solver.eigen.InertiaCheck;
import org.cavityfem.solver.hom.AzimuthalModeSolver;
import org.cavityfem.solver.hom.AzimuthalSolution;
import org.cavityfem.solver.linalg.SingularMatrixException;
import org.cavityfem.study.adapt.AdaptiveSolve;
import org.cavityfem.study.adapt.AzimuthalEstimates;
import org.cavityfem.study.adapt.Estimates;
import org.cavityfem.study.adapt.PeriodicCellAccuracy;

/**
 * One case, end to end: mesh its contour, solve for the modes, check the count, find the passband
 * and analyse every mode; the result is returned, never written. This is the only place that
 * meshes and solves: the command line, tuning, the bench and the paper comparison all come here,
 * and the passband analysis receives the periodic mid-cell it needs from a companion study made
 * here.
 *
 * <p>A study holds no state between runs and writes nothing: one instance may run many cases, from
 * many threads at once when its {@link StudyListener} may be shared ({@link StudyListener#none()} can). Failures keep
 * their kind: {@link CaseException} for bad input, {@link StudyException} when the modes cannot be
 * found.
 */
public final class Study {

    /** Stage names, as in {@code timing_s} of summary.json. */
    public static final String READ = "read";
    public static final String MESH = "mesh";
    public static final String ASSEMBLE = "assemble";
    public static final String EIGEN = "eigen";
    public static final String FIGURES = "figures";
    /** The reference solves, earlier refinement iterations and the error estimates. */
    public static final String ACCURACY = "accuracy";

    /**
     * Relative widening of a frequency window for the reference solve of the estimates: a mode at the
     * window's edge moves by about its estimate between the two orders, far less than this.
     */
    private static final double REFERENCE_WINDOW_MARGIN = 1e-3;
    /** Modes the widened window may hold beyond the case's limit. */
    private static final int REFERENCE_WINDOW_EXTRA = 10;
    /**
     * Relative raise of the reported top frequency that makes the ceiling of an m ≥ 1 order's
     * reference solve ({@link #azimuthalCeiling}). The min-max argument of the monopole's ceiling
     * does not hold for the edge-nodal pencil (design.md §2.14): the spaces are nested, but the
     * gradient kernel grows with the order, and an order-(p + 1) eigenvalue may lie above the order-p
     * one at its place. On the pillboxes L = 115 and 50 mm, the sphere and the TESLA mid-cell, m = 1 to
     * 3, orders 2 to 7 on two element sizes (six modes each), the largest such rise of k² was 8.6e-4 at
     * order 2 and 6.5e-5 at order 3, all others below 5e-7 (or rounding); a raise of 1e-3 in frequency
     * (2e-3 in k²) lies above them, and a reported mode whose partner is not below it all the same is
     * caught by the pairing, which then solves again for one mode more ({@link #estimated}).
     */
    static final double AZIMUTHAL_CEILING_RAISE = 1e-3;

    /** Predicted elements from which the meshing is announced before it starts (about a second of it). */
    private static final double ANNOUNCED_ELEMENTS = 200_000;

    private final ModeSolver solver;
    private final StudyListener progress;

    /**
     * @param solver the mode solver
     * @param progress hears the stages and warnings
     */
    public Study(ModeSolver solver, StudyListener progress) {
        this.solver = solver;
        this.progress = progress;
    }

    /** A study without stage lines; its warnings go to standard error. */
    public Study(ModeSolver solver) {
        this(solver, Progress.silent());
    }

    /**
     * Runs a prepared case: mesh, solve, inertia check, passband, figures of merit and skin layer.
     *
     * @throws CaseException when the mesh settings or the contour cannot be meshed
     * @throws StudyException when the modes cannot be found
     */
    public StudyResult run(PreparedCase prepared) {
        long start = System.nanoTime();
        StageTimes timing = new StageTimes();
        CaseDefinition c = prepared.resolved();
        timing.add(READ, prepared.readSeconds());
        progress.stage(READ, String.format(Locale.ROOT, "%s: %s \"%s\", order %d, element size %.4g mm",
                prepared.caseFile().file(), c.geometry().type(), c.name(), c.mesh().order(),
                c.mesh().settings().elementSize() * 1e3));

        // 3-4. Mesh and solve, with the reference solve one order higher on the same triangulation
        // that gives every quantity its error estimate; refined until mesh.accuracy is met (design.md §2.14).
        AdaptiveSolve.Outcome adaptive = AdaptiveSolve.run(c, settings(prepared), c.solver().request(),
                c.mesh().accuracy(), c.mesh().errorEstimate(), mesher(prepared), completeSolver(),
                s -> MeritStage.analyse(s, c, PassbandStep.piModeFrequency(c, s), false),
                line -> progress.stage(ACCURACY, line));
        ModeSolution solution = adaptive.solution();
        Mesh mesh = solution.mesh();
        MeshStatistics statistics = MeshStatistics.of(mesh);
        timing.add(MESH, adaptive.meshSeconds());
        progress.stage(MESH, String.format(Locale.ROOT, "%d elements, %d nodes, smallest angle %.1f°",
                statistics.elements(), statistics.nodes(), statistics.minAngleDeg()));
        timing.add(ASSEMBLE, solution.assemblySeconds());
        timing.add(EIGEN, solution.eigenSeconds());
        progress.stage(ASSEMBLE, String.format(Locale.ROOT, "%d unknowns, %d matrix entries in %.3f s",
                solution.unknowns(), solution.matrixNonZeros(), solution.assemblySeconds()));
        progress.stage(EIGEN, String.format(Locale.ROOT, "%d mode%s, %d factor entries in %.3f s",
                solution.modes().size(), solution.modes().size() == 1 ? "" : "s", solution.factorNonZeros(),
                solution.eigenSeconds()));

        // 5. The TM010 passband of a multi-cell cavity.
        long t = System.nanoTime();
        Optional<Passband> passband = PassbandStep.analyse(c, solution, this, progress);
        if (PassbandStep.applies(c)) {
            timing.add(PassbandStep.STAGE, seconds(t));
        }

        // 6. Figures of merit and wall tables, every mode scaled to the case's accelerating field.
        t = System.nanoTime();
        // The skin-layer figures read the same wall tables: part of the same stage. The refinement loop
        // analysed the reported modes already, with the active lengths of the π-mode it found: the same
        // analyses unless the passband here differs (it is found from the same modes the same way). The
        // loop leaves out the charge-current check, which carries no estimate and drives nothing: it is
        // made here for the reported modes only.
        List<ModeAnalysis> analyses = MeritStage.sameSettings(adaptive.analyses(), solution, c, passband)
                ? MeritStage.withChargeCurrentChecks(adaptive.analyses()) : MeritStage.analyse(solution, c, passband);
        List<ModeSurface> surfaces = SurfaceStage.analyse(analyses, c.superconductor());
        timing.add(FIGURES, seconds(t));
        progress.stage(FIGURES, String.format(Locale.ROOT, "scaled to Eacc = %.6g MV/m, %d wall points per mode",
                c.rf().acceleratingField() * 1e-6, analyses.isEmpty() ? 0 : analyses.get(0).wall().points().size()));

        // 7. Error estimates against the reference solve.
        Optional<AccuracyReport> accuracy = Optional.empty();
        if (adaptive.reference() != null) {
            t = System.nanoTime();
            // The loop's last iteration found the reference solve's passband already.
            Map<String, Double> passbandErrors = new LinkedHashMap<>(adaptive.referencePassband() != null
                    ? Estimates.passband(passband, adaptive.referencePassband())
                    : Estimates.passband(c, passband, adaptive.reference()));
            List<String> shortfalls = new ArrayList<>(adaptive.shortfalls());
            List<PeriodicCellStep> periodicHistory = List.of();
            // The periodic mid-cell's k_cc: estimated against its cells one order higher, and refined
            // on its own meshes to the figures' target (the cavity's mesh is not touched).
            if (passband.isPresent() && passband.get().periodicCell().isPresent()) {
                CellChain chain = c.geometry().cellChain().orElseThrow();
                MeshSettings cellSettings = PassbandStep.cellSettings(c, chain);
                // The passband step solved the cells at these settings' order already: only the
                // order above is new for them.
                CellCoupling solved = passband.get().periodicCell().get();
                PeriodicCellAccuracy.Result periodic = PeriodicCellAccuracy.run(cellSettings, adaptive.target(),
                        s -> periodicCellPair(chain.midCell(), s, s.equals(cellSettings) ? solved : null),
                        line -> progress.stage(ACCURACY, line));
                if (!periodic.settings().equals(cellSettings)) {
                    passband = Optional.of(passband.get().withPeriodicCell(periodic.coupling()));
                }
                passbandErrors.put(PeriodicCellAccuracy.KEY, periodic.estimate());
                periodic.shortfall().ifPresent(shortfalls::add);
                periodicHistory = periodic.history();
            }
            accuracy = Optional.of(new AccuracyReport(adaptive.reference().mesh().order(),
                    Estimates.of(c, solution, analyses, surfaces, adaptive.reference(), adaptive.comparison(),
                            adaptive.referenceAnalyses()).errors(),
                    adaptive.target(), adaptive.history(), shortfalls, adaptive.policy(), passbandErrors,
                    periodicHistory));
            timing.add(ACCURACY, adaptive.referenceSeconds() + seconds(t));
            accuracy.get().shortfalls().forEach(progress::warn);
        }

        return new StudyResult(prepared.caseFile().file(), c, prepared.contour(), statistics, solution,
                PassbandStep.labels(solution, passband), passband, analyses, surfaces, timing,
                prepared.readSeconds() + seconds(start), accuracy);
    }

    /**
     * Runs a prepared case that asks for TE0 modes, modes of order m ≥ 1 or a scan over orders
     * ({@code !solver.monopoleTm()}): mesh once, then for every order of the scan solve with the
     * inertia proof and compute every mode's label and figures (design.md §2.13).
     *
     * @throws CaseException when the mesh settings or the contour cannot be meshed
     * @throws StudyException when the modes cannot be found, the window holds none or too many
     */
    public AzimuthalStudyResult runAzimuthal(PreparedCase prepared) {
        CaseDefinition c = prepared.resolved();
        SolverSpec spec = c.solver();
        Optional<AccuracyTarget> target = c.mesh().accuracy();
        Optional<Boolean> estimate = c.mesh().errorEstimate();
        AzimuthalAnalysis analysis = new AzimuthalAnalysis(c.rf().surfaceResistance(), spec.offset(),
                (m, family, number) -> spec.externalQ(m, m == 0 ? ModeFamily.valueOf(family) : ModeFamily.TM,
                        number));
        MeshSettings settings = settings(prepared);
        if (!(target.isPresent() || estimate.orElse(true))) {
            Mesh mesh = mesh(prepared);
            MeshStatistics statistics = meshStage(mesh);
            return new AzimuthalStudyResult(prepared.caseFile().file(), c, mesh, statistics,
                    solveOrders(mesh, spec, analysis, null));
        }
        // Figures without digits on a resolved mode (ZeroFigures.withoutDigits), named once at the end.
        Set<String> noise = new LinkedHashSet<>();
        AdaptiveSolve.Formulation<AzimuthalRound> formulation = meshes -> {
            meshStage(meshes.get(0));
            List<AzimuthalOrderResult> orders = solveOrders(meshes.get(0), spec, analysis, null);
            return estimated(meshes, orders, spec, analysis, noise);
        };
        AdaptiveSolve.Loop<AzimuthalRound> loop;
        String policy;
        if (target.isPresent()) {
            // From the case's order: AdaptiveSolve.startOrder's guess is calibrated on monopole meshes.
            loop = AdaptiveSolve.loop(settings, target.get(), false, null, 0, mesher(prepared), formulation,
                    line -> progress.stage(ACCURACY, line));
            policy = AccuracyReport.CASE;
        } else {
            long start = System.nanoTime();
            int p = settings.order();
            List<Mesh> meshes = mesher(prepared).mesh(settings, null, 0, p, AdaptiveSolve.referenceOrder(p));
            double meshSeconds = seconds(start);
            long predicted = AzimuthalRound.predictedUnknowns(meshes.get(0).elementCount(),
                    spec.scan().stream().map(o -> new int[] {o.m(), spec.forOrder(o).modes()}).toList());
            if (estimate.isEmpty() && p <= AdaptiveSolve.MAX_ADAPTIVE_ORDER
                    && predicted <= AzimuthalRound.DEFAULT_TARGET_BUDGET) {
                progress.stage(ACCURACY, String.format(Locale.ROOT, "default accuracy %.0e (no mesh.accuracy): %d "
                        + "unknowns x modes predicted at order %d, within the default refinement budget of %d for "
                        + "TE0 and m >= 1 studies; solved at order %d", AccuracyTarget.DEFAULT.figures(), predicted,
                        AdaptiveSolve.MAX_ADAPTIVE_ORDER, AzimuthalRound.DEFAULT_TARGET_BUDGET,
                        AdaptiveSolve.MAX_ADAPTIVE_ORDER));
                // As the monopole default: order 7 on the case's triangulation directly, and no further.
                boolean there = p == AdaptiveSolve.MAX_ADAPTIVE_ORDER;
                loop = AdaptiveSolve.loop(settings.withOrder(AdaptiveSolve.MAX_ADAPTIVE_ORDER), AccuracyTarget.DEFAULT,
                        true, there ? meshes : null, there ? meshSeconds : 0, mesher(prepared), formulation,
                        line -> progress.stage(ACCURACY, line));
                policy = AccuracyReport.DEFAULT;
            } else {
                Mesh mesh = meshes.get(0);
                MeshStatistics statistics = meshStage(mesh);
                List<AzimuthalOrderResult> orders = solveOrders(mesh, spec, analysis, null);
                long unknownsTimesModes = orders.stream().mapToLong(o -> (long) o.unknowns() * o.modes().size()).sum();
                if (estimate.isEmpty() && unknownsTimesModes > AdaptiveSolve.ESTIMATE_BUDGET) {
                    progress.stage(ACCURACY, String.format(Locale.ROOT, "no error estimates: %d unknowns x modes over "
                            + "the orders is above the automatic budget of %d (mesh.errorEstimate: true or "
                            + "mesh.accuracy asks for them)", unknownsTimesModes, AdaptiveSolve.ESTIMATE_BUDGET));
                    return new AzimuthalStudyResult(prepared.caseFile().file(), c, mesh, statistics, orders);
                }
                if (estimate.isEmpty()) {
                    progress.stage(ACCURACY, String.format(Locale.ROOT, "estimates only, no refinement (no "
                            + "mesh.accuracy): %d unknowns x modes predicted at order %d, above the default refinement "
                            + "budget of %d for TE0 and m >= 1 studies", predicted, AdaptiveSolve.MAX_ADAPTIVE_ORDER,
                            AzimuthalRound.DEFAULT_TARGET_BUDGET));
                }
                AzimuthalRound round = estimated(meshes, orders, spec, analysis, noise);
                Map<String, Double> worst = round.worst(new LinkedHashMap<>());
                Map<String, Double> classes = new LinkedHashMap<>();
                worst.forEach((k, v) -> classes.merge(AccuracyTarget.FREQUENCY_KEYS.contains(k) ? "frequency"
                        : "figures", v, Math::max));
                double seconds = seconds(start) - meshSeconds;
                progress.stage(ACCURACY, String.format(Locale.ROOT, "order %d, %d elements, %d unknowns; worst "
                        + "estimate frequency %.2g, figures %.2g; %.3f s", p, mesh.elementCount(), round.unknowns(),
                        classes.getOrDefault("frequency", 0.0), classes.getOrDefault("figures", 0.0), seconds));
                AccuracyReport report = new AccuracyReport(meshes.get(1).order(), round.errors(), Optional.empty(),
                        List.of(new RefinementStep(0, p, mesh.elementCount(), round.unknowns(), classes, "", "done",
                                seconds)), List.of(), AccuracyReport.ESTIMATES);
                return new AzimuthalStudyResult(prepared.caseFile().file(), c, mesh, statistics, orders,
                        Optional.of(report), round.referenceSeconds());
            }
        }
        AzimuthalRound last = loop.last();
        if (!noise.isEmpty()) {
            progress.stage(ACCURACY, "no target in some iteration, no significant digit on a resolved mode (a zero "
                    + "not proven, or unresolved): " + String.join(", ", noise));
        }
        loop.shortfalls().forEach(progress::warn);
        AccuracyReport report = new AccuracyReport(loop.meshes().get(1).order(), last.errors(), Optional.of(
                policy.equals(AccuracyReport.CASE) ? target.get() : AccuracyTarget.DEFAULT), loop.history(),
                loop.shortfalls(), policy);
        return new AzimuthalStudyResult(prepared.caseFile().file(), c, last.mesh(), MeshStatistics.of(last.mesh()),
                last.orders(), Optional.of(report), loop.referenceSeconds());
    }

    /** Prints and returns a mesh's statistics. */
    private MeshStatistics meshStage(Mesh mesh) {
        MeshStatistics statistics = MeshStatistics.of(mesh);
        progress.stage(MESH, String.format(Locale.ROOT, "%d elements, %d nodes, smallest angle %.1f°",
                statistics.elements(), statistics.nodes(), statistics.minAngleDeg()));
        return statistics;
    }

    /** The reference solves of every order of a scan on {@code meshes.get(1)} and the estimates of {@code orders}. */
    private AzimuthalRound estimated(List<Mesh> meshes, List<AzimuthalOrderResult> orders, SolverSpec spec,
            AzimuthalAnalysis analysis, Set<String> noise) {
        long start = System.nanoTime();
        Mesh mesh = meshes.get(0);
        Mesh high = meshes.get(1);
        List<AzimuthalOrderResult> references = solveOrders(high, spec, analysis, orders);
        List<ModeErrors> errors = new ArrayList<>();
        List<IntFunction<double[]>> indicators = new ArrayList<>();
        List<Integer> first = new ArrayList<>();
        for (int k = 0; k < orders.size(); k++) {
            AzimuthalOrderResult o = orders.get(k);
            AzimuthalOrderResult ref = references.get(k);
            AzimuthalEstimates.Result r = AzimuthalEstimates.estimate(mesh, o.modes(), o.monopole(), o.azimuthal(),
                    high, ref.modes(), ref.monopole(), ref.azimuthal());
            SolverSpec one = spec.forOrder(o.order());
            if (azimuthalCeiling(one, o).isPresent() && r.errors().stream().anyMatch(e -> !e.matched())) {
                // A partner above the ceiling (no min-max bound for m >= 1): one mode more, as without it.
                ref = azimuthalOrder(high, ElementLocator.of(high), referenceSpec(one), analysis, OptionalDouble.empty());
                references.set(k, ref);
                r = AzimuthalEstimates.estimate(mesh, o.modes(), o.monopole(), o.azimuthal(), high, ref.modes(),
                        ref.monopole(), ref.azimuthal());
            }
            first.add(errors.size());
            errors.addAll(r.errors());
            indicators.add(r.indicators());
        }
        // Mode i of the scan is mode i − first(k) of order k.
        IntFunction<double[]> byMode = i -> {
            int k = first.size() - 1;
            while (first.get(k) > i) {
                k--;
            }
            return indicators.get(k).apply(i - first.get(k));
        };
        return new AzimuthalRound(mesh, orders, references, errors, byMode, noise, seconds(start));
    }

    /**
     * Solves every order of the case's scan on one mesh, each with the inertia proof, and computes
     * every mode's label and figures.
     *
     * @param reported null for the reported solves; for the reference solve of the estimates, the
     *     reported orders, one per order of the scan: an m = 0 order's reference asks for every mode
     *     below the reported top ({@link AdaptiveSolve#referenceRequest}), an m ≥ 1 order's for its
     *     lowest modes every mode below the reported top raised by {@link #AZIMUTHAL_CEILING_RAISE}
     *     ({@link #azimuthalCeiling}), a window a little wider with room for more modes, so that a mode
     *     at the edge stays within reach; no progress lines
     */
    private List<AzimuthalOrderResult> solveOrders(Mesh mesh, SolverSpec spec, AzimuthalAnalysis analysis,
            List<AzimuthalOrderResult> reported) {
        boolean reference = reported != null;
        ElementLocator locator = ElementLocator.of(mesh);
        List<AzimuthalOrderResult> orders = new ArrayList<>();
        for (SolverSpec.Order order : spec.scan()) {
            SolverSpec one = spec.forOrder(order);
            Optional<ModeSolution> monopole = reference ? reported.get(orders.size()).monopole() : Optional.empty();
            ModeRequest request = monopole.isPresent()
                    ? AdaptiveSolve.referenceRequest(one.request(), monopole.get(), mesh) : one.request();
            OptionalDouble ceiling = reference ? azimuthalCeiling(one, reported.get(orders.size()))
                    : OptionalDouble.empty();
            if (reference && ceiling.isEmpty()) {
                one = referenceSpec(one);
            }
            AzimuthalOrderResult result = order.m() == 0
                    ? monopoleOrder(mesh, locator, one, monopole.isPresent() ? request : one.request(), analysis)
                    : azimuthalOrder(mesh, locator, one, analysis, ceiling);
            if (!reference) {
                progress.stage(EIGEN, String.format(Locale.ROOT, "m = %d%s: %d mode%s, %d unknowns, assembly %.3f s, "
                        + "eigen %.3f s, figures %.3f s", order.m(), order.m() == 0 ? " " + order.family().key() : "",
                        result.modes().size(), result.modes().size() == 1 ? "" : "s", result.unknowns(),
                        result.assemblySeconds(), result.eigenSeconds(), result.figuresSeconds()));
            }
            orders.add(result);
        }
        return orders;
    }

    /**
     * The reference request of an order without a ceiling: one mode more, or the window a little wider
     * with room for {@link #REFERENCE_WINDOW_EXTRA} more modes.
     */
    private static SolverSpec referenceSpec(SolverSpec one) {
        return new SolverSpec(one.modes() + (one.window().isPresent() ? REFERENCE_WINDOW_EXTRA : 1),
                one.targetFrequency(), one.tolerance(), one.m(), one.family(), one.window().map(w ->
                new SolverSpec.FrequencyWindow(w.from() * (1 - REFERENCE_WINDOW_MARGIN),
                        w.to() * (1 + REFERENCE_WINDOW_MARGIN))), one.scan(), one.offset(), one.externalQ(),
                one.modeExternalQ());
    }

    /**
     * The ceiling (Hz) of an m ≥ 1 order's reference solve for its lowest modes: the reported top
     * frequency raised by {@link #AZIMUTHAL_CEILING_RAISE}, when the reported solve found every mode it
     * asked for; none for a frequency window (whose widened window bounds it already) or m = 0 (whose
     * request carries its own, {@link AdaptiveSolve#referenceRequest}).
     */
    static OptionalDouble azimuthalCeiling(SolverSpec one, AzimuthalOrderResult reported) {
        if (one.m() == 0 || one.window().isPresent() || reported.azimuthal().isEmpty()
                || reported.modes().size() < one.modes()) {
            return OptionalDouble.empty();
        }
        double top = 0;
        for (AzimuthalFigures f : reported.modes()) {
            top = Math.max(top, f.frequency());
        }
        return top > 0 ? OptionalDouble.of(top * (1 + AZIMUTHAL_CEILING_RAISE)) : OptionalDouble.empty();
    }

    private AzimuthalOrderResult monopoleOrder(Mesh mesh, ElementLocator locator, SolverSpec spec,
            ModeRequest request, AzimuthalAnalysis analysis) {
        ModeSolution solution = solve(mesh, request);
        checkComplete(solution.inertia());
        long t = System.nanoTime();
        List<AzimuthalFigures> figures = new ArrayList<>();
        List<String> labels = spec.family() == ModeFamily.TE ? List.of() : ModeLabels.of(mesh, solution.modes());
        for (int i = 0; i < solution.modes().size(); i++) {
            Mode mode = solution.modes().get(i);
            figures.add(spec.family() == ModeFamily.TE ? analysis.ofTeMonopole(mesh, mode)
                    : analysis.ofTmMonopole(mesh, locator, mode, labels.get(i)));
        }
        return new AzimuthalOrderResult(new SolverSpec.Order(0, spec.family()), figures, solution.inertia(), 0,
                solution.unknowns(), solution.assemblySeconds(), solution.eigenSeconds(), seconds(t),
                Optional.empty(), Optional.of(solution));
    }

    /**
     * @param ceiling for the reference of a lowest-modes order, every mode below this frequency (Hz) is
     *     sought instead of one mode more ({@link #azimuthalCeiling}); empty otherwise
     */
    private AzimuthalOrderResult azimuthalOrder(Mesh mesh, ElementLocator locator, SolverSpec spec,
            AzimuthalAnalysis analysis, OptionalDouble ceiling) {
        AzimuthalSolution solution;
        try {
            AzimuthalModeSolver solver = new AzimuthalModeSolver();
            solution = spec.window().isPresent()
                    ? solver.window(mesh, spec.m(), spec.window().get().from(), spec.window().get().to(), spec.modes(),
                            spec.tolerance())
                    : ceiling.isPresent()
                            ? solver.belowCeiling(mesh, spec.m(), spec.modes(), ceiling.getAsDouble(),
                                    spec.tolerance())
                            : solver.lowest(mesh, spec.m(), spec.modes(), spec.tolerance());
        } catch (EigenSolveException | SingularMatrixException e) {
            throw new StudyException(e);
        }
        checkComplete(solution.inertia());
        long t = System.nanoTime();
        List<AzimuthalFigures> figures = analysis.of(mesh, locator, solution.dofs(), spec.m(), solution.modes());
        return new AzimuthalOrderResult(new SolverSpec.Order(spec.m(), ModeFamily.TM), figures, solution.inertia(),
                solution.kernelDimension(), solution.unknowns(), solution.assemblySeconds(), solution.eigenSeconds(),
                seconds(t), Optional.of(solution), Optional.empty());
    }

    /**
     * The modes and passband of a resolved case, meshed with its resolved settings and without the
     * inertia check, figures of merit or progress lines: one evaluation of a parameter search.
     *
     * @throws IllegalArgumentException (an {@link InvalidGeometryException}) when the geometry cannot be
     *     meshed, so that a search can step back from it
     * @throws StudyException when the modes cannot be found
     */
    public StudyResult modes(CaseDefinition resolved) {
        long start = System.nanoTime();
        Contour contour = ContourFactory.contour(resolved.geometry());
        Solved solved = solve(contour, resolved.mesh().settings(), resolved.solver().request());
        Optional<Passband> passband = PassbandStep.analyse(resolved, solved.solution(), this, Progress.silent());
        return new StudyResult("", resolved, contour, MeshStatistics.of(solved.mesh()), solved.solution(),
                PassbandStep.labels(solved.solution(), passband), passband, List.of(), List.of(), new StageTimes(),
                seconds(start));
    }

    /**
     * The relative error estimate of a resolved case's tuned frequency, the π-mode of its passband
     * (the lowest mode without one): |f_p − f_{p+1}| / f_p against a solve one order higher on the same
     * triangulation, the mode paired by field overlap (design.md §2.14). NaN when the mode has no
     * match or the passband is not found.
     *
     * @throws IllegalArgumentException (an {@link InvalidGeometryException}) when the geometry cannot be meshed
     * @throws StudyException when the modes cannot be found
     */
    public double tunedFrequencyEstimate(CaseDefinition resolved) {
        Contour contour = ContourFactory.contour(resolved.geometry());
        MeshSettings settings = resolved.mesh().settings();
        MeshPlan plan = MeshGenerator.plan(contour, settings);
        checkPlan(plan);
        int p = settings.order();
        List<Mesh> meshes = MeshGenerator.generate(plan, null, 0, meshProgress(), p, AdaptiveSolve.referenceOrder(p));
        ModeRequest request = resolved.solver().request();
        ModeSolution low = solve(meshes.get(0), request);
        ModeSolution high = solve(meshes.get(1), AdaptiveSolve.referenceRequest(request, low, meshes.get(1)));
        int tuned = 0;
        if (PassbandStep.applies(resolved)) {
            Optional<Passband> band = resolved.geometry().cellChain()
                    .flatMap(chain -> PassbandStep.find(low, chain.irisPlanes()).passband());
            if (band.isEmpty()) {
                return Double.NaN;
            }
            tuned = band.get().piMode().modeIndex();
        }
        org.cavityfem.analysis.accuracy.OrderComparison pairs = org.cavityfem.analysis.accuracy.OrderComparison.of(
                meshes.get(0), low.modes(), meshes.get(1), high.modes());
        int j = pairs.match(tuned);
        return j < 0 ? Double.NaN : org.cavityfem.analysis.accuracy.QuantityErrors.relative(
                low.modes().get(tuned).frequency(), high.modes().get(j).frequency());
    }

    /**
     * Meshes a contour and solves it: the study of a cavity given by its contour alone (bench,
     * paper comparison, reference solves).
     *
     * @throws InvalidGeometryException when the contour cannot be meshed with these settings
     * @throws StudyException when the modes cannot be found
     */
    public Solved solve(Contour contour, MeshSettings settings, ModeRequest request) {
        long t0 = System.nanoTime();
        Mesh mesh = mesh(contour, settings);
        double meshSeconds = (System.nanoTime() - t0) * 1e-9;
        return new Solved(solve(mesh, request), meshSeconds);
    }

    /**
     * Meshes a contour and solves for its {@code count} lowest modes of azimuthal order m ≥ 1
     * (design.md §2.11).
     *
     * @throws InvalidGeometryException when the contour cannot be meshed with these settings
     * @throws StudyException when the modes cannot be found
     */
    public AzimuthalSolved azimuthal(Contour contour, MeshSettings settings, int m, int count) {
        long t0 = System.nanoTime();
        Mesh mesh = mesh(contour, settings);
        double meshSeconds = (System.nanoTime() - t0) * 1e-9;
        try {
            return new AzimuthalSolved(mesh, new AzimuthalModeSolver().lowest(mesh, m, count,
                    ModeRequest.DEFAULT_TOLERANCE), meshSeconds);
        } catch (EigenSolveException | SingularMatrixException e) {
            throw new StudyException(e);
        }
    }

    /**
     * Meshes a contour and solves for every mode of azimuthal order m ≥ 1 between {@code from} and
     * {@code to} (Hz), with the inertia proof (design.md §2.11).
     *
     * @throws InvalidGeometryException when the contour cannot be meshed with these settings
     * @throws StudyException when the window holds no mode, more than {@code limit}, or the solve fails
     */
    public AzimuthalSolved azimuthalWindow(Contour contour, MeshSettings settings, int m, double from, double to,
            int limit) {
        long t0 = System.nanoTime();
        Mesh mesh = MeshGenerator.generate(contour, settings);
        double meshSeconds = (System.nanoTime() - t0) * 1e-9;
        try {
            return new AzimuthalSolved(mesh, new AzimuthalModeSolver().window(mesh, m, from, to, limit,
                    ModeRequest.DEFAULT_TOLERANCE), meshSeconds);
        } catch (EigenSolveException | SingularMatrixException e) {
            throw new StudyException(e);
        }
    }

    /**
     * The companion study of a chain's periodic mid-cell: its lowest mode closed by electric iris
     * planes (the 0-mode) and by magnetic ones (the π-mode), each meshed with {@code settings}.
     *
     * @throws StudyException when a mode cannot be found
     */
    public CellCoupling periodicCell(EllipticalHalfCell midCell, MeshSettings settings) {
        return new CellCoupling(
                lowest(EllipticalCavity.periodicCell(midCell, BoundaryKind.ELECTRIC).contour(), settings),
                lowest(EllipticalCavity.periodicCell(midCell, BoundaryKind.MAGNETIC).contour(), settings));
    }

    /**
     * The periodic mid-cell's coupling at {@code settings}' order and at the reference order (p + 1,
     * or p − 1 at the highest order), each pair of cells meshed once for both orders (the same
     * triangulation): {order p, reference order}.
     *
     * @throws StudyException when a mode cannot be found
     */
    public CellCoupling[] periodicCellPair(EllipticalHalfCell midCell, MeshSettings settings) {
        return periodicCellPair(midCell, settings, null);
    }

    /**
     * As {@link #periodicCellPair(EllipticalHalfCell, MeshSettings)}, with the order-p coupling already
     * solved on these settings ({@link #periodicCell}, the same triangulation) when {@code atOrder} is
     * given: only the reference order's cells are solved.
     */
    private CellCoupling[] periodicCellPair(EllipticalHalfCell midCell, MeshSettings settings, CellCoupling atOrder) {
        double[] zero = lowestPair(EllipticalCavity.periodicCell(midCell, BoundaryKind.ELECTRIC).contour(), settings,
                atOrder == null ? Double.NaN : atOrder.zeroModeFrequency());
        double[] pi = lowestPair(EllipticalCavity.periodicCell(midCell, BoundaryKind.MAGNETIC).contour(), settings,
                atOrder == null ? Double.NaN : atOrder.piModeFrequency());
        return new CellCoupling[] {new CellCoupling(zero[0], pi[0]), new CellCoupling(zero[1], pi[1])};
    }

    /**
     * The cell's lowest frequency at settings' order p (or {@code known}, when not NaN) and at the
     * reference order (Hz): p + 1, or p − 1 at the highest order, as for the cavity
     * ({@link AdaptiveSolve#referenceOrder}).
     */
    private double[] lowestPair(Contour cell, MeshSettings settings, double known) {
        int p = settings.order();
        int reference = AdaptiveSolve.referenceOrder(p);
        List<Mesh> meshes = Double.isNaN(known) ? MeshGenerator.generate(cell, settings, null, 0, p, reference)
                : MeshGenerator.generate(cell, settings, null, 0, reference);
        Mesh higher = meshes.get(meshes.size() - 1);
        return new double[] {Double.isNaN(known) ? solve(meshes.get(0), ModeRequest.lowest(1)).modes().get(0).frequency()
                : known, solve(higher, ModeRequest.lowest(1)).modes().get(0).frequency()};
    }

    private double lowest(Contour cell, MeshSettings settings) {
        return solve(cell, settings, ModeRequest.lowest(1)).solution().modes().get(0).frequency();
    }

    /** The solver's failures become the study's own, so that callers need not know its types. */
    private ModeSolution solve(Mesh mesh, ModeRequest request) {
        MemoryBudget.check(mesh.nodeCount(), Runtime.getRuntime().maxMemory());
        try {
            return solver.solve(mesh, request);
        } catch (EigenSolveException | SingularMatrixException e) {
            throw new StudyException(e);
        }
    }

    /** The solve of a study: the modes, checked complete by their inertia. */
    private ModeSolution solveComplete(Mesh mesh, ModeRequest request) {
        ModeSolution solution = solve(mesh, request);
        checkComplete(solution.inertia());
        return solution;
    }

    /**
     * The refinement loop's solver: {@link #solveComplete}, and its assembly and symbolic analysis
     * done in advance ({@link AdaptiveSolve.Solver#prepare}) when the heap holds two solves of the
     * mesh's size at once (the prepared system lives while another solve runs; otherwise the solve
     * is left whole for later, as before).
     */
    private AdaptiveSolve.Solver completeSolver() {
        return new AdaptiveSolve.Solver() {
            @Override
            public ModeSolution solve(Mesh mesh, ModeRequest request) {
                return solveComplete(mesh, request);
            }

            @Override
            public Function<ModeRequest, ModeSolution> prepare(Mesh mesh, ModeFamily family) {
                if (2 * MemoryBudget.estimate(mesh.nodeCount()) > Runtime.getRuntime().maxMemory()) {
                    return request -> solveComplete(mesh, request);
                }
                ModeSolver.Prepared system;
                try {
                    system = solver.prepare(mesh, family);
                } catch (EigenSolveException e) {
                    throw new StudyException(e);
                }
                return request -> {
                    ModeSolution solution;
                    try {
                        solution = solver.solve(system, request);
                    } catch (EigenSolveException | SingularMatrixException e) {
                        throw new StudyException(e);
                    }
                    checkComplete(solution.inertia());
                    return solution;
                };
            }
        };
    }

    private static MeshSettings settings(PreparedCase prepared) {
        try {
            return prepared.resolved().mesh().settings();
        } catch (IllegalArgumentException e) {
            throw prepared.caseFile().error("mesh", e.getMessage());
        }
    }

    /** Meshes the prepared case's contour; geometry that cannot be meshed is bad input, located in the file. */
    private AdaptiveSolve.Mesher mesher(PreparedCase prepared) {
        return (settings, local, extra, orders) -> {
            MeshPlan plan;
            try {
                plan = MeshGenerator.plan(prepared.contour(), settings);
            } catch (InvalidGeometryException e) {
                throw ContourFactory.located(prepared.caseFile(), "mesh", e.getMessage());
            }
            checkPlan(plan);
            try {
                return MeshGenerator.generate(plan, local, extra, meshProgress(), orders);
            } catch (InvalidGeometryException e) {
                throw ContourFactory.located(prepared.caseFile(), "mesh", e.getMessage());
            }
        };
    }

    private Mesh mesh(PreparedCase prepared) {
        MeshSettings settings;
        try {
            settings = prepared.resolved().mesh().settings();
        } catch (IllegalArgumentException e) {
            throw prepared.caseFile().error("mesh", e.getMessage());
        }
        MeshPlan plan;
        try {
            plan = MeshGenerator.plan(prepared.contour(), settings);
        } catch (InvalidGeometryException e) {
            throw ContourFactory.located(prepared.caseFile(), "mesh", e.getMessage());
        }
        checkPlan(plan);
        try {
            return MeshGenerator.generate(plan, meshProgress());
        } catch (InvalidGeometryException e) {
            throw ContourFactory.located(prepared.caseFile(), "mesh", e.getMessage());
        }
    }

    /** Meshes a contour given without a case file, with the same checks before meshing. */
    private Mesh mesh(Contour contour, MeshSettings settings) {
        MeshPlan plan = MeshGenerator.plan(contour, settings);
        checkPlan(plan);
        return MeshGenerator.generate(plan, meshProgress());
    }

    /**
     * Refuses a mesh whose predicted unknowns the heap cannot solve, before the meshing time is
     * spent, and announces a large one (its meshing takes more than a second or two).
     */
    private void checkPlan(MeshPlan plan) {
        MemoryBudget.checkPlanned((long) plan.expectedElements(), (long) plan.expectedNodes(),
                Runtime.getRuntime().maxMemory(), plan.finestWall());
        if (plan.expectedElements() > ANNOUNCED_ELEMENTS) {
            progress.working(MESH, String.format(Locale.ROOT, "meshing about %,d elements (%,d nodes at order %d, "
                    + "smallest size %.3g mm)", (long) plan.expectedElements(), (long) plan.expectedNodes(),
                    plan.settings().order(), plan.minSize() * 1e3));
        }
    }

    private MeshProgress meshProgress() {
        return (vertices, expected) -> progress.working(MESH, String.format(Locale.ROOT,
                "refining: %,d of about %,d vertices", vertices, expected));
    }

    private static void checkComplete(InertiaCheck inertia) {
        if (!inertia.complete()) {
            throw new StudyException(String.format(Locale.ROOT,
                    "the inertia check found %d eigenvalues in [%.9g, %.9g] 1/m² but the solver returned %d; "
                            + "ask for more modes or move solver.targetFrequency",
                    inertia.expected(), inertia.lower(), inertia.upper(), inertia.found()));
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) * 1e-9;
    }
}
