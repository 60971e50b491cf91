package org.cavityfem.study;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.cavityfem.analysis.hom.FieldCharacter;
import org.cavityfem.analysis.hom.TransverseImpedance;
import org.cavityfem.analysis.merit.ModeAnalysis;
import org.cavityfem.analysis.passband.CellCoupling;
import org.cavityfem.analysis.passband.Passband;
import org.cavityfem.analysis.superconducting.ModeSurface;
import org.cavityfem.casefile.CaseDefinition;
import org.cavityfem.casefile.CaseException;
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
import org.cavityfem.solver.ModeRequest;
import org.cavityfem.solver.ModeSolution;
import org.cavityfem.solver.ModeSolver;
import org.cavityfem.solver.eigen.EigenSolveException;
import org.cavityfem.solver.eigen.InertiaCheck;
import org.cavityfem.solver.hom.AzimuthalMode;
import org.cavityfem.solver.hom.AzimuthalModeSolver;
import org.cavityfem.solver.hom.AzimuthalSolution;
import org.cavityfem.solver.linalg.SingularMatrixException;

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

        // 3. Mesh the contour.
        long t = System.nanoTime();
        Mesh mesh = mesh(prepared);
        MeshStatistics statistics = MeshStatistics.of(mesh);
        timing.add(MESH, seconds(t));
        progress.stage(MESH, String.format(Locale.ROOT, "%d elements, %d nodes, smallest angle %.1f°",
                statistics.elements(), statistics.nodes(), statistics.minAngleDeg()));

        // 4. Assemble and solve the eigenproblem; a solution that missed modes is not a result.
        ModeSolution solution = solve(mesh, c.solver().request());
        checkComplete(solution.inertia());
        timing.add(ASSEMBLE, solution.assemblySeconds());
        timing.add(EIGEN, solution.eigenSeconds());
        progress.stage(ASSEMBLE, String.format(Locale.ROOT, "%d unknowns, %d matrix entries in %.3f s",
                solution.unknowns(), solution.matrixNonZeros(), solution.assemblySeconds()));
        progress.stage(EIGEN, String.format(Locale.ROOT, "%d mode%s, %d factor entries in %.3f s",
                solution.modes().size(), solution.modes().size() == 1 ? "" : "s", solution.factorNonZeros(),
                solution.eigenSeconds()));

        // 5. The TM010 passband of a multi-cell cavity.
        t = System.nanoTime();
        Optional<Passband> passband = PassbandStep.analyse(c, solution, this, progress);
        if (PassbandStep.applies(c)) {
            timing.add(PassbandStep.STAGE, seconds(t));
        }

        // 6. Figures of merit and wall tables, every mode scaled to the case's accelerating field.
        t = System.nanoTime();
        List<ModeAnalysis> analyses = MeritStage.analyse(solution, c, passband);
        timing.add(FIGURES, seconds(t));
        progress.stage(FIGURES, String.format(Locale.ROOT, "scaled to Eacc = %.6g MV/m, %d wall points per mode",
                c.rf().acceleratingField() * 1e-6, analyses.isEmpty() ? 0 : analyses.get(0).wall().points().size()));
        List<ModeSurface> surfaces = SurfaceStage.analyse(analyses, c.superconductor());

        return new StudyResult(prepared.caseFile().file(), c, prepared.contour(), statistics, solution,
                PassbandStep.labels(solution, passband), passband, analyses, surfaces, timing,
                prepared.readSeconds() + seconds(start));
    }

    /**
     * Runs a prepared case that asks for TE0 modes or modes of order m ≥ 1
     * ({@code !solver.monopoleTm()}): mesh, solve with the inertia proof, labels and, for m ≥ 1, the
     * transverse impedance of every mode.
     *
     * @throws CaseException when the mesh settings or the contour cannot be meshed
     * @throws StudyException when the modes cannot be found, the window holds none or too many
     */
    public AzimuthalStudyResult runAzimuthal(PreparedCase prepared) {
        CaseDefinition c = prepared.resolved();
        SolverSpec spec = c.solver();
        Mesh mesh = mesh(prepared);
        MeshStatistics statistics = MeshStatistics.of(mesh);
        List<AzimuthalModeRow> rows = new ArrayList<>();
        if (spec.m() == 0) {
            ModeSolution solution = solve(mesh, spec.request());
            checkComplete(solution.inertia());
            for (Mode mode : solution.modes()) {
                rows.add(new AzimuthalModeRow(mode.index(), mode.number(), mode.frequency(), 0, spec.family().key(),
                        spec.family().key() + "0-" + mode.number(), mode.relativeResidual(), Optional.empty()));
            }
            return new AzimuthalStudyResult(prepared.caseFile().file(), c, statistics, List.copyOf(rows),
                    solution.inertia(), 0, solution.unknowns(), solution.assemblySeconds(), solution.eigenSeconds());
        }
        AzimuthalSolution solution;
        try {
            AzimuthalModeSolver solver = new AzimuthalModeSolver();
            solution = spec.window().isPresent()
                    ? solver.window(mesh, spec.m(), spec.window().get().from(), spec.window().get().to(), spec.modes(),
                            spec.tolerance())
                    : solver.lowest(mesh, spec.m(), spec.modes(), spec.tolerance());
        } catch (EigenSolveException | SingularMatrixException e) {
            throw new StudyException(e);
        }
        checkComplete(solution.inertia());
        for (AzimuthalMode mode : solution.modes()) {
            FieldCharacter character = FieldCharacter.of(mesh, solution.dofs(), spec.m(), mode);
            rows.add(new AzimuthalModeRow(mode.index(), mode.number(), mode.frequency(), spec.m(),
                    character.tmLike() ? "TM-like" : "TE-like", character.label(spec.m(), mode.number()),
                    mode.relativeResidual(),
                    Optional.of(TransverseImpedance.of(mesh, solution.dofs(), spec.m(), mode))));
        }
        return new AzimuthalStudyResult(prepared.caseFile().file(), c, statistics, List.copyOf(rows),
                solution.inertia(), solution.kernelDimension(), solution.unknowns(), solution.assemblySeconds(),
                solution.eigenSeconds());
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
