package org.cavityfem.solver;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cavityfem.mesh.Mesh;
import org.cavityfem.solver.assembly.FormAssembler;
import org.cavityfem.solver.assembly.FormSystem;
import org.cavityfem.solver.assembly.GeometryMode;
import org.cavityfem.solver.eigen.EigenPair;
import org.cavityfem.solver.eigen.EigenRequest;
import org.cavityfem.solver.eigen.EigenSolution;
import org.cavityfem.solver.eigen.EigenSolveException;
import org.cavityfem.solver.eigen.GeneralizedEigenSolver;
import org.cavityfem.solver.eigen.LowestRitzValues;
import org.cavityfem.solver.eigen.ShiftInvertEigenSolver;
import org.cavityfem.solver.form.HphiForm;
import org.cavityfem.solver.hphi.DofMap;
import org.cavityfem.units.PhysicalConstants;

/**
 * Solves the monopole form ({@link HphiForm}) on a mesh for the requested modes of one family (TM0
 * in H_phi, TE0 in E_phi; {@link ModeFamily}): numbers the unknowns with the family's boundary
 * conditions, assembles the form with the generic assembler, and hands K, M to the eigen solver.
 */
public final class ModeSolver {

    /**
     * Fewest nodes per wavelength (λ = 2π/k) a mode must have along the largest element for the
     * mesh to resolve it; a target beyond that is refused rather than answered with noise.
     */
    public static final double MIN_NODES_PER_WAVELENGTH = 4;
    /** Largest relative distance |f − f_target| / f_target at which a mode counts as near the target. */
    public static final double NEAR_TARGET = 0.25;
    /** Restart limit of the eigen iteration. */
    private static final int MAX_ITERATIONS = 500;
    /**
     * Largest problem solved without the order-1 estimate of its lowest eigenvalues: there a second
     * factorisation costs less than the estimate's set-up (measured on the default pillbox, whose
     * refinement solves a few hundred unknowns several times: its accuracy stage took about 0.2 s
     * longer with the estimate).
     */
    static final int SMALLEST_WITH_CEILING = 20_000;
    /**
     * Fewest order-1 unknowns per wanted mode for the order-1 solve to estimate the lowest
     * eigenvalues: on fewer its estimates are too high to place a useful shift.
     */
    static final int COARSE_PER_MODE = 8;
    /** Convergence tolerance of the coarse estimate: it only places the shift. */
    private static final double COARSE_TOLERANCE = 1e-10;
    /**
     * Relative raise of the coarse Ritz value: far above its rounding error, so the shift lies above
     * the wanted eigenvalue, and far below the gaps of a resolved spectrum.
     */
    static final double CEILING_RAISE = 1e-6;
    /**
     * Most eigenvalues below a nearest-target request's wanted ones (by the order-1 count) for which
     * the shift goes above them all: the iteration then finds every eigenvalue below the ceiling, and
     * each one more costs Lanczos work that, above this many, outweighs the two factorisations at
     * the window's ends that it saves.
     */
    static final int MOST_BELOW_TARGET = 16;

    private final GeneralizedEigenSolver eigenSolver;
    private final GeometryMode geometry;
    /**
     * Largest nearest-target request that keeps its shift at the target: below this the two
     * factorisations a ceiling saves cost less than its order-1 estimate and the iteration's extra
     * work for the eigenvalues far below the target. Process CPU of assembly and eigen solve for the
     * three modes nearest 2 GHz in the 115 mm pillbox at order 4, ceiling (run first, cold) against
     * target, at a load average of about 20 ({@code cavity bench --million --nearest --divisions N}):
     * 3.20 against 2.25 s at 31 166 unknowns, 7.08 against 4.92 s at 124 446, 10.70 against 8.75 s at
     * 239 660, 18.73 against 19.91 s at 504 632; docs/design.md §2.4.
     */
    static final int LARGEST_NEAREST_AT_TARGET = 500_000;

    /** Largest nearest-target request that keeps its shift at the target. */
    private final int largestAtTarget;

    /**
     * The default solver: exact curved-wall geometry, AMD-ordered supernodal LDLᵀ with
     * shift-invert Lanczos.
     */
    public ModeSolver() {
        this(new ShiftInvertEigenSolver(), GeometryMode.EXACT);
    }

    /** A solver using the given eigen back end and treatment of curved walls. */
    public ModeSolver(GeneralizedEigenSolver eigenSolver, GeometryMode geometry) {
        this(eigenSolver, geometry, LARGEST_NEAREST_AT_TARGET);
    }

    private ModeSolver(GeneralizedEigenSolver eigenSolver, GeometryMode geometry, int largestAtTarget) {
        this.eigenSolver = eigenSolver;
        this.geometry = geometry;
        this.largestAtTarget = largestAtTarget;
    }

    /** The same solver with another treatment of curved walls. */
    public ModeSolver withGeometry(GeometryMode mode) {
        return new ModeSolver(eigenSolver, mode, largestAtTarget);
    }

    /**
     * The same solver with the ceiling above a nearest-target window from {@code unknowns} + 1 on
     * (never at or below {@link #SMALLEST_WITH_CEILING}), for tests on problems of moderate size and
     * for measuring where the ceiling pays ({@code cavity bench --million --nearest --divisions N}).
     */
    public ModeSolver withNearestCeilingAbove(int unknowns) {
        return new ModeSolver(eigenSolver, geometry, unknowns);
    }

    /**
     * The same solver with the shift of a nearest-target request always at the target (and the
     * window's ends counted by factorisations of their own): the route before the ceiling above the
     * window, kept for measuring the two side by side ({@code cavity bench --million --nearest}).
     */
    public ModeSolver withShiftAtTarget() {
        return new ModeSolver(eigenSolver, geometry, Integer.MAX_VALUE);
    }

    /**
     * Computes the requested modes: the {@code count} lowest or nearest the target, or, for a
     * request {@linkplain ModeRequest#belowCeiling below a known ceiling}, every mode below it (at
     * least {@code count}; the {@code count} lowest when fewer lie below it), factorising at the
     * ceiling instead of at an order-1 estimate.
     *
     * @throws EigenSolveException when the eigen solve fails, the target is beyond what the mesh
     *     resolves, or no mode lies near the target
     */
    public ModeSolution solve(Mesh mesh, ModeRequest request) {
        long t0 = System.nanoTime();
        DofMap dofs = numbering(mesh, request.family());
        checkResolution(mesh, request.targetFrequency());
        FormSystem system = FormAssembler.assemble(mesh, new HphiForm(mesh.order()), dofs, geometry);
        long t1 = System.nanoTime();
        return solve(mesh, dofs, system, request, (t1 - t0) * 1e-9, 0, t1);
    }

    /**
     * What a solve of {@code mesh} for modes of {@code family} does before it reads the rest of its
     * request: the numbering, the assembly and the symbolic analysis of the factorisation
     * ({@link GeneralizedEigenSolver#prepare}). It may run on another thread than the one that
     * finishes the solve ({@link #solve(Prepared, ModeRequest)}) and while that thread solves another
     * system: the refinement loop assembles its reference solve while the reported one's eigen solve
     * runs. The solution is the same bits as {@link #solve(Mesh, ModeRequest)}'s.
     *
     * @throws EigenSolveException when the mesh has no unknowns
     */
    public Prepared prepare(Mesh mesh, ModeFamily family) {
        long t0 = System.nanoTime();
        DofMap dofs = numbering(mesh, family);
        FormSystem system = FormAssembler.assemble(mesh, new HphiForm(mesh.order()), dofs, geometry);
        long t1 = System.nanoTime();
        eigenSolver.prepare(system.stiffness(), system.mass());
        return new Prepared(mesh, family, dofs, system, (t1 - t0) * 1e-9, (System.nanoTime() - t1) * 1e-9);
    }

    /**
     * Finishes a solve {@linkplain #prepare prepared} with this solver: the eigen solve for the
     * request, as {@link #solve(Mesh, ModeRequest)} does it. The symbolic analysis made in advance
     * counts in the solution's eigen time, as it would have without it.
     *
     * @throws IllegalArgumentException when the request is for another family than the prepared one
     * @throws EigenSolveException as {@link #solve(Mesh, ModeRequest)}
     */
    public ModeSolution solve(Prepared prepared, ModeRequest request) {
        if (prepared.family() != request.family()) {
            throw new IllegalArgumentException("prepared for " + prepared.family() + " modes, asked for "
                    + request.family());
        }
        checkResolution(prepared.mesh(), request.targetFrequency());
        return solve(prepared.mesh(), prepared.dofs(), prepared.system(), request, prepared.assemblySeconds(),
                prepared.analysisSeconds(), System.nanoTime());
    }

    /**
     * A mesh's system numbered, assembled and analysed for factorisation ({@link ModeSolver#prepare}).
     *
     * @param assemblySeconds wall time of numbering and assembly (s)
     * @param analysisSeconds wall time of the symbolic analysis (s)
     */
    public record Prepared(Mesh mesh, ModeFamily family, DofMap dofs, FormSystem system, double assemblySeconds,
            double analysisSeconds) {
    }

    private static DofMap numbering(Mesh mesh, ModeFamily family) {
        DofMap dofs = DofMap.of(mesh, family.fixedOn());
        if (dofs.size() == 0) {
            throw new EigenSolveException(family == ModeFamily.TM
                    ? "the mesh has no unknowns: every node lies on the axis or a magnetic plane"
                    : "the mesh has no TE unknowns: every node lies on the axis, a metal wall or an electric plane");
        }
        return dofs;
    }

    /**
     * The eigen solve of an assembled system.
     *
     * @param assemblySeconds wall time of numbering and assembly (s)
     * @param earlierEigenSeconds eigen work done before {@code t1} (s)
     * @param t1 {@link System#nanoTime} when the eigen solve started
     */
    private ModeSolution solve(Mesh mesh, DofMap dofs, FormSystem system, ModeRequest request,
            double assemblySeconds, double earlierEigenSeconds, long t1) {
        ModeFamily family = request.family();
        boolean staticModeExpected = dofs.fixedCount() == 0;
        int wanted = request.count() + (staticModeExpected && request.targetFrequency() == 0 ? 1 : 0);
        if (wanted > dofs.size()) {
            throw new EigenSolveException(String.format(Locale.ROOT,
                    "%d modes requested but the mesh has only %d unknowns; refine the mesh or ask for fewer modes",
                    request.count(), dofs.size()));
        }
        double k = 2 * Math.PI * request.targetFrequency() / PhysicalConstants.SPEED_OF_LIGHT;
        double kc = 2 * Math.PI * request.ceilingFrequency() / PhysicalConstants.SPEED_OF_LIGHT;
        EigenRequest eigenRequest = request.hasCeiling()
                ? EigenRequest.lowest(wanted, kc * kc, request.tolerance(), MAX_ITERATIONS)
                : request.targetFrequency() == 0
                        ? lowestRequest(mesh, family, dofs.size(), wanted, request.tolerance())
                        : nearestRequest(mesh, family, dofs.size(), k * k, wanted, request.tolerance());
        EigenSolution solution = eigenSolver.solve(system.stiffness(), system.mass(), eigenRequest);
        long t2 = System.nanoTime();

        // xᵀMx = 1 ⇒ ∫ u² dV = 2π; U = ½ μ0 ∫ H² dV (TM) or ½ ε0 ∫ E² dV (TE) = 1 J after this
        // scaling.
        double scale = 1 / Math.sqrt(Math.PI
                * (family == ModeFamily.TM ? PhysicalConstants.MU_0 : PhysicalConstants.EPSILON_0));
        List<Mode> modes = new ArrayList<>();
        // Every eigenvalue inside the inertia window is returned, so a pair's place in the whole
        // discrete spectrum is the count below the window plus the pairs before it. The static field,
        // when there is one, is exactly the first eigenvalue (the discrete eigenvalues bound the exact
        // ones from above, and the exact spectrum is 0, then the RF modes): it is dropped by that place,
        // whatever its discrete frequency on a coarse mesh, and the RF modes are numbered without it.
        int place = solution.inertia().eigenvaluesBelowLower();
        for (EigenPair pair : solution.pairs()) {
            place++;
            if (staticModeExpected && place == 1) {
                continue;
            }
            int number = staticModeExpected ? place - 1 : place;
            // Below a known ceiling every mode the solve proved there is wanted.
            if (modes.size() == request.count() && !request.hasCeiling()) {
                break;
            }
            double[] u = dofs.toNodes(pair.vector());
            for (int i = 0; i < u.length; i++) {
                u[i] *= scale;
            }
            modes.add(new Mode(modes.size(), number, pair.eigenvalue(), u, pair.relativeResidual(), family));
        }
        if (modes.isEmpty()) {
            throw new EigenSolveException("the eigen solve returned only the static (k = 0) field; ask for more modes");
        }
        if (request.targetFrequency() > 0) {
            checkNearTarget(modes, request.targetFrequency());
        }
        return new ModeSolution(mesh, List.copyOf(modes), solution.inertia(), dofs.size(),
                system.stiffness().nonZeros(), solution.factorNonZeros(), assemblySeconds,
                earlierEigenSeconds + (t2 - t1) * 1e-9);
    }

    /**
     * The request for the lowest modes. Its shift goes just above the {@code wanted}-th eigenvalue
     * of the order-1 elements on the same triangulation ({@link Mesh#vertexMesh}), a subspace of the
     * order-p space, so that eigenvalue lies at or above the wanted one (min-max principle; the two
     * quadratures differ by far less than the raise). The factorisation there both drives the
     * Lanczos iteration and counts every eigenvalue below it, so it alone proves the modes complete
     * (docs/design.md §2.4). Without a usable estimate (few vertices, a failed order-1 solve) the
     * shift is 0, whose factorisation counts none below, and the upper end of the window gets a
     * factorisation of its own; so at order 1, where the order-1 solve is the problem itself, and
     * below {@link #SMALLEST_WITH_CEILING} unknowns, where that factorisation is cheap.
     */
    private EigenRequest lowestRequest(Mesh mesh, ModeFamily family, int unknowns, int wanted, double tolerance) {
        EigenRequest nearestZero = new EigenRequest(0, wanted, tolerance, MAX_ITERATIONS);
        if (unknowns <= SMALLEST_WITH_CEILING || mesh.order() == 1) {
            // Small: a second factorisation is cheap. Order 1: the estimate would be the problem itself.
            return nearestZero;
        }
        Mesh vertices = mesh.vertexMesh();
        DofMap coarse = DofMap.of(vertices, family.fixedOn());
        if (coarse.size() < COARSE_PER_MODE * wanted + 2) {
            return nearestZero;
        }
        FormSystem system = FormAssembler.assemble(vertices, new HphiForm(1), coarse, geometry);
        double[] ritz;
        try {
            ritz = LowestRitzValues.of(system.stiffness(), system.mass(), wanted, COARSE_TOLERANCE);
        } catch (EigenSolveException failed) {
            return nearestZero;
        }
        double ceiling = ritz[wanted - 1];
        if (!(ceiling > 0)) {
            return nearestZero;
        }
        return EigenRequest.lowest(wanted, ceiling * (1 + CEILING_RAISE), tolerance, MAX_ITERATIONS);
    }

    /**
     * The request for the modes nearest a target λ = k². The shift's factorisation alone proves the
     * window around the target only when that shift lies above the window and every eigenvalue below
     * it is found (docs/design.md §2.4): with σ at the target, nothing counts the eigenvalues above
     * it, and the window's upper end needs a factorisation of its own, as does its lower end unless
     * every eigenvalue below the target was found. So when few eigenvalues lie below the target,
     * the shift goes just above the {@code wanted}-th order-1 eigenvalue above the target (on the
     * same triangulation, {@link Mesh#vertexMesh}): the order-1 space lies in the order-p one, so
     * that eigenvalue is at or above the order-p one of the same place (min-max), and the
     * {@code wanted} nearest the target should lie below it. The estimate decides the cost only: the
     * solver falls back to the target's own factorisation when the ceiling turns out not to be above
     * the window. Problems of at most {@link #LARGEST_NEAREST_AT_TARGET} unknowns, order 1 and targets
     * with more than {@link #MOST_BELOW_TARGET} order-1 eigenvalues below them keep the shift at the
     * target.
     */
    private EigenRequest nearestRequest(Mesh mesh, ModeFamily family, int unknowns, double target, int wanted,
            double tolerance) {
        EigenRequest atTarget = new EigenRequest(target, wanted, tolerance, MAX_ITERATIONS);
        if (unknowns <= Math.max(largestAtTarget, SMALLEST_WITH_CEILING) || mesh.order() == 1) {
            return atTarget;
        }
        Mesh vertices = mesh.vertexMesh();
        DofMap coarse = DofMap.of(vertices, family.fixedOn());
        if (coarse.size() < COARSE_PER_MODE * (wanted + MOST_BELOW_TARGET) + 2) {
            return atTarget;
        }
        FormSystem system = FormAssembler.assemble(vertices, new HphiForm(1), coarse, geometry);
        LowestRitzValues.Above above;
        try {
            above = LowestRitzValues.above(system.stiffness(), system.mass(), target, wanted,
                    MOST_BELOW_TARGET, COARSE_TOLERANCE);
        } catch (EigenSolveException failed) {
            return atTarget;
        }
        double ceiling = above.values()[wanted - 1] * (1 + CEILING_RAISE);
        if (!(ceiling > target)) {
            return atTarget;
        }
        return EigenRequest.nearestBelowCeiling(target, wanted, ceiling, tolerance, MAX_ITERATIONS);
    }

    private static void checkResolution(Mesh mesh, double targetFrequency) {
        if (targetFrequency == 0) {
            return;
        }
        double h = largestEdge(mesh);
        double kMax = 2 * Math.PI * mesh.order() / (MIN_NODES_PER_WAVELENGTH * h);
        double fMax = kMax * PhysicalConstants.SPEED_OF_LIGHT / (2 * Math.PI);
        if (targetFrequency > fMax) {
            throw new EigenSolveException(String.format(Locale.ROOT,
                    "target frequency %.6g Hz is beyond what this mesh resolves (about %.4g Hz with %g nodes per "
                            + "wavelength on its largest element, %.3g m, order %d); reduce mesh.elementSize "
                            + "or raise mesh.order",
                    targetFrequency, fMax, MIN_NODES_PER_WAVELENGTH, h, mesh.order()));
        }
    }

    private static void checkNearTarget(List<Mode> modes, double target) {
        double nearest = Double.NaN;
        for (Mode m : modes) {
            if (Double.isNaN(nearest) || Math.abs(m.frequency() - target) < Math.abs(nearest - target)) {
                nearest = m.frequency();
            }
        }
        if (Math.abs(nearest - target) > NEAR_TARGET * target) {
            throw new EigenSolveException(String.format(Locale.ROOT,
                    "no mode within %.0f%% of the target frequency %.6g Hz: the nearest is at %.6g Hz; "
                            + "move solver.targetFrequency or omit it to get the lowest modes",
                    100 * NEAR_TARGET, target, nearest));
        }
    }

    /** Longest vertex-to-vertex edge of the mesh (m). */
    private static double largestEdge(Mesh mesh) {
        double h = 0;
        for (int e = 0; e < mesh.elementCount(); e++) {
            for (int a = 0; a < 3; a++) {
                int i = mesh.node(e, a);
                int j = mesh.node(e, (a + 1) % 3);
                h = Math.max(h, Math.hypot(mesh.z(i) - mesh.z(j), mesh.r(i) - mesh.r(j)));
            }
        }
        return h;
    }
}
