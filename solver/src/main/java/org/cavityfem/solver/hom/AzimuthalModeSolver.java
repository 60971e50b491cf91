package org.cavityfem.solver.hom;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import org.cavityfem.mesh.Mesh;
import org.cavityfem.solver.assembly.FormAssembler;
import org.cavityfem.solver.assembly.FormSystem;
import org.cavityfem.solver.assembly.GeometryMode;
import org.cavityfem.solver.eigen.EigenPair;
import org.cavityfem.solver.eigen.EigenRequest;
import org.cavityfem.solver.eigen.EigenSolution;
import org.cavityfem.solver.eigen.EigenSolveException;
import org.cavityfem.solver.eigen.ShiftInvertEigenSolver;
import org.cavityfem.solver.form.AzimuthalMixedForm;
import org.cavityfem.solver.linalg.CsrMatrix;
import org.cavityfem.solver.linalg.SingularMatrixException;
import org.cavityfem.solver.linalg.SupernodalLdlFactorizer;
import org.cavityfem.solver.linalg.SymmetricFactorizer;
import org.cavityfem.units.PhysicalConstants;

/**
 * Modes varying as cos(mφ), m ≥ 1, by the mixed form {@link AzimuthalMixedForm} (design.md §2.11).
 *
 * <p>The pencil has the eigenvalue 0 with the multiplicity of the Lagrange space (the gradient
 * kernel). It is kept out of both the modes and the proof: the modes are computed in a window
 * [a, b] with 0 < a, around σ = (a + b)/2, so every mode in it is nearer σ than the kernel; the
 * inertia counts at a and b both include the kernel, whose dimension is checked to be exactly the
 * inertia just above 0, and their difference is the number of modes in the window. Those counts are
 * made before the solve, to size the window, and are handed to it as the proof
 * ({@link EigenRequest#window}): the solve asks for exactly the modes between them and makes no
 * factorisation beyond its shift's.
 */
public final class AzimuthalModeSolver {

    private static final int MAX_ITERATIONS = 500;
    /** How far above the last requested mode the window of a lowest-n search reaches (factor on k²). */
    private static final double WINDOW_REACH = 1.1;

    /** Keeps the symbolic analysis that every factorisation of one order's pencil shares. */
    private final SupernodalLdlFactorizer analysis = new SupernodalLdlFactorizer();
    /** Makes every numeric factorisation: the analysis itself, or a wrapper of it in tests. */
    private final SymmetricFactorizer factorizer;

    /** The default solver. */
    public AzimuthalModeSolver() {
        this.factorizer = analysis;
    }

    /** A solver whose factorisations pass through {@code wrap} (to count them). */
    AzimuthalModeSolver(UnaryOperator<SymmetricFactorizer> wrap) {
        this.factorizer = wrap.apply(analysis);
    }

    /**
     * The {@code count} lowest modes of order m.
     *
     * @throws EigenSolveException when the eigen solve or its proof fails
     */
    public AzimuthalSolution lowest(Mesh mesh, int m, int count, double tolerance) {
        long t0 = System.nanoTime();
        Problem p = assemble(mesh, m);
        return lowest(p, mesh, m, count, tolerance, t0, System.nanoTime());
    }

    /**
     * The lowest modes of order m up to a ceiling the caller expects above the {@code count} lowest
     * (the reference solve of an error estimate, design.md §2.14): every mode between the kernel and
     * {@code ceilingFrequency}, so there may be more than {@code count}, sought in that window and
     * proved by its two counts, the ceiling's and the kernel's, made side by side. No bracketing by
     * doubling is made, and no mode above the ceiling is converged. When fewer than {@code count}
     * modes lie below the ceiling, the {@code count} lowest are returned as {@link #lowest} finds them:
     * the ceiling decides the cost, never the proof.
     *
     * @param ceilingFrequency Hz, > 0
     * @throws EigenSolveException when the eigen solve or its proof fails
     */
    public AzimuthalSolution belowCeiling(Mesh mesh, int m, int count, double ceilingFrequency, double tolerance) {
        if (!(ceilingFrequency > 0) || Double.isInfinite(ceilingFrequency)) {
            throw new IllegalArgumentException("ceiling frequency must be > 0 Hz, got " + ceilingFrequency);
        }
        long t0 = System.nanoTime();
        Problem p = assemble(mesh, m);
        long t1 = System.nanoTime();
        double c = square(waveNumber(ceilingFrequency));
        double sigma = c / 2;
        analysis.analyse(p.k, p.mass);
        Count[] counts = IntStream.of(0, 1).parallel()
                .mapToObj(i -> count(p, i == 0 ? 1e-9 * sigma : c)).toArray(Count[]::new);
        checkKernel(p, m, counts[0].modes(p));
        if (counts[1].modes(p) < count) {
            return lowest(p, mesh, m, count, tolerance, t0, t1);
        }
        return solveAround(p, m, sigma, counts[0], counts[1], tolerance, p.dofs.kernelDimension(), t0, t1);
    }

    private AzimuthalSolution lowest(Problem p, Mesh mesh, int m, int count, double tolerance, long t0, long t1) {
        int kernel = p.dofs.kernelDimension();
        double size = mesh.contour().boundingSize();
        // Start below the lowest mode of most cavities (k·size ≈ 2.4 to 5.5 for a pillbox or sphere of
        // that size) and double k² until the inertia counts enough modes: each step is one LDLᵀ.
        double b = 4 / (size * size);
        int found = modesBelow(p, b);
        for (int guard = 0; found < count; guard++) {
            if (guard > 60) {
                throw new EigenSolveException("could not bracket " + count + " modes of order m = " + m);
            }
            b *= 2;
            found = modesBelow(p, b);
        }
        double sigma = WINDOW_REACH * b / 2;
        Count top = count(p, 2 * sigma * (1 - 1e-9));
        Count bottom = count(p, 1e-9 * sigma);
        checkKernel(p, m, bottom.modes(p));
        AzimuthalSolution all = solveAround(p, m, sigma, bottom, top, tolerance, kernel, t0, t1);
        List<AzimuthalMode> lowest = new ArrayList<>();
        for (AzimuthalMode mode : all.modes()) {
            if (lowest.size() < count) {
                lowest.add(mode);
            }
        }
        return new AzimuthalSolution(m, all.dofs(), List.copyOf(lowest), all.inertia(), kernel, all.unknowns(),
                all.assemblySeconds(), all.eigenSeconds());
    }

    /**
     * Every mode of order m with frequency in [from, to] (Hz), 0 < from < to.
     *
     * @throws EigenSolveException when the window holds no mode, more than {@code limit}, or the solve fails
     */
    public AzimuthalSolution window(Mesh mesh, int m, double from, double to, int limit, double tolerance) {
        long t0 = System.nanoTime();
        Problem p = assemble(mesh, m);
        long t1 = System.nanoTime();
        double a = square(waveNumber(from));
        double b = square(waveNumber(to));
        // The three inertia counts of the proof are independent factorisations: run them side by side,
        // on one symbolic analysis (which the shift-invert solve below reuses too).
        analysis.analyse(p.k, p.mass);
        Count[] counts = IntStream.of(0, 1, 2).parallel()
                .mapToObj(i -> count(p, i == 0 ? 1e-9 * (a + b) / 2 : i == 1 ? a : b)).toArray(Count[]::new);
        checkKernel(p, m, counts[0].modes(p));
        int inWindow = counts[2].below() - counts[1].below();
        if (inWindow == 0) {
            throw new EigenSolveException(String.format(Locale.ROOT,
                    "no mode of order m = %d between %.6g Hz and %.6g Hz", m, from, to));
        }
        if (inWindow > limit) {
            throw new EigenSolveException(String.format(Locale.ROOT,
                    "%d modes of order m = %d lie between %.6g Hz and %.6g Hz, more than the limit %d; narrow the "
                            + "window", inWindow, m, from, to, limit));
        }
        return solveAround(p, m, (a + b) / 2, counts[1], counts[2], tolerance, p.dofs.kernelDimension(), t0, t1);
    }

    /** The kernel must sit below the window: the inertia just above 0 is exactly its dimension. */
    private static void checkKernel(Problem p, int m, int modesJustAboveZero) {
        if (modesJustAboveZero != 0) {
            throw new EigenSolveException("the m = " + m + " pencil has " + (modesJustAboveZero
                    + p.dofs.kernelDimension()) + " eigenvalues near 0 but the gradient kernel has dimension "
                    + p.dofs.kernelDimension());
        }
    }

    private record Problem(AzimuthalDofs dofs, CsrMatrix k, CsrMatrix mass) {
    }

    private static Problem assemble(Mesh mesh, int m) {
        if (m < 1) {
            throw new IllegalArgumentException("azimuthal order must be >= 1 here, got " + m);
        }
        AzimuthalDofs dofs = AzimuthalDofs.of(mesh);
        FormSystem system = FormAssembler.assemble(mesh, new AzimuthalMixedForm(m, mesh.order()), dofs,
                GeometryMode.EXACT);
        return new Problem(dofs, system.stiffness(), system.mass());
    }

    /**
     * The eigenvalues of the pencil (kernel included) below a point, ν(at), by Sylvester's law.
     *
     * @param at where K − xM was factorised: the point asked for, or just above it when that is an
     *     eigenvalue to working precision
     */
    private record Count(double at, int below) {

        /** Modes (not kernel) with k² below the point. */
        int modes(Problem p) {
            return below - p.dofs.kernelDimension();
        }
    }

    /** ν(x), or ν just above x when K − xM is singular. */
    private Count count(Problem p, double x) {
        try {
            return new Count(x, factorizer.factor(p.k, p.mass, x).negativePivots());
        } catch (SingularMatrixException e) {
            double moved = x * (1 + 1e-9);
            return new Count(moved, factorizer.factor(p.k, p.mass, moved).negativePivots());
        }
    }

    /** Modes (not kernel) with k² below x. */
    private int modesBelow(Problem p, double x) {
        return count(p, x).modes(p);
    }

    /**
     * The modes between two counted points, sought nearest σ, their midpoint (or, for the lowest
     * modes, a point nearer to them than the kernel): the counts made here are the inertia proof, so
     * the shift-invert solve asks for exactly the modes between them and makes no factorisation
     * beyond its shift's.
     */
    private AzimuthalSolution solveAround(Problem p, int m, double sigma, Count lower, Count upper, double tolerance,
            int kernel, long t0, long t1) {
        int count = upper.below() - lower.below();
        if (count + 2 > p.k.size()) {
            throw new EigenSolveException(count + " modes requested but the mesh has only " + p.k.size()
                    + " unknowns; refine the mesh");
        }
        EigenSolution s = new ShiftInvertEigenSolver(factorizer).solve(p.k, p.mass, EigenRequest.window(sigma,
                new EigenRequest.CountedWindow(lower.at(), upper.at(), lower.below(), upper.below()), tolerance,
                MAX_ITERATIONS));
        if (!(s.inertia().lower() > 0)) {
            throw new EigenSolveException("the inertia window of the m = " + m + " solve reaches k = 0");
        }
        long t2 = System.nanoTime();
        List<AzimuthalMode> modes = new ArrayList<>();
        int below = s.inertia().eigenvaluesBelowLower() - kernel;
        for (EigenPair pair : s.pairs()) {
            below++;
            modes.add(new AzimuthalMode(modes.size(), below, pair.eigenvalue(), pair.vector(),
                    pair.relativeResidual()));
        }
        return new AzimuthalSolution(m, p.dofs, List.copyOf(modes), s.inertia(), kernel, p.k.size(), (t1 - t0) * 1e-9,
                (t2 - t1) * 1e-9);
    }

    private static double waveNumber(double frequency) {
        return 2 * Math.PI * frequency / PhysicalConstants.SPEED_OF_LIGHT;
    }

    private static double square(double x) {
        return x * x;
    }
}
