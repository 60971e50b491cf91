package org.cavityfem.app.bench;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.cavityfem.mesh.MeshSettings;
import org.cavityfem.mesh.build.EllipticalCavity;
import org.cavityfem.mesh.geometry.BoundaryKind;
import org.cavityfem.solver.hom.AzimuthalSolution;
import org.cavityfem.mesh.build.Pillbox;
import org.cavityfem.mesh.build.SphericalCavity;
import org.cavityfem.mesh.geometry.Contour;
import org.cavityfem.solver.hom.AzimuthalMode;
import org.cavityfem.study.AzimuthalSolved;
import org.cavityfem.study.Study;
import org.cavityfem.study.StudyException;
import org.cavityfem.units.PhysicalConstants;

/**
 * The m ≥ 1 closed forms against cost (design.md §2.11): the pillbox R = L = 115 mm (TE111, TM110,
 * TM111; TM/TE_mnp with k² = (j_mn/R)² + (pπ/L)², j'_mn for TE, Jackson §8.7) and the sphere of radius
 * 100 mm (lowest m = 1 mode, d[x j1(x)]/dx = 0, Jackson §8.9), over orders and element sizes. Each row:
 * the relative frequency errors of the modes, the unknowns, the gradient kernel's dimension and the
 * solve time (numbering, assembly, window search, Lanczos and inertia proof). A measurement, never a
 * test.
 */
public final class HomBench {

    /** Zeros of Abramowitz &amp; Stegun Table 9.5: j'11, j11. */
    private static final double J1_PRIME_1 = 1.841183781340659;
    private static final double J11 = 3.831705970207512;
    /** First root of d/dx[x j1(x)] = 0. */
    private static final double SPHERE_TM = 2.743707269992269;

    private record Case(String name, Contour contour, double length, int m, double[] exactK) {
    }

    private final Study study;
    private final PrintStream out;
    private int failures;

    public HomBench(Study study, PrintStream out) {
        this.study = study;
        this.out = out;
    }

    /** Meshes that could not be solved. */
    public int failures() {
        return failures;
    }

    /** Prints the table. */
    public void run(boolean quick) {
        double r = 0.115;
        List<Case> cases = List.of(
                new Case("pillbox m=1 (TE111, TM110, TM111)", Pillbox.closed(r, r).contour(), r, 1,
                        new double[] {Math.hypot(J1_PRIME_1, Math.PI) / r, J11 / r, Math.hypot(J11, Math.PI) / r}),
                new Case("sphere m=1 (TM, l=1)", new SphericalCavity(0.1).contour(), 0.1, 1,
                        new double[] {SPHERE_TM / 0.1}));
        int[] orders = quick ? new int[] {4} : new int[] {3, 4, 5, 6};
        int[] divisions = quick ? new int[] {4, 8} : new int[] {2, 4, 8};
        out.printf(Locale.ROOT, "%-34s %5s %8s %9s %8s %11s %9s %9s%n", "case", "order", "h (mm)", "unknowns",
                "kernel", "max error", "asm (s)", "eigen (s)");
        for (Case c : cases) {
            for (int order : orders) {
                for (int n : divisions) {
                    measure(c, order, c.length() / n);
                }
            }
        }
        tesla();
        double f = PhysicalConstants.SPEED_OF_LIGHT / (2 * Math.PI);
        out.printf(Locale.ROOT, "exact: pillbox %.7f, %.7f, %.7f MHz; sphere %.7f MHz%n", f * cases.get(0).exactK()[0]
                / 1e6, f * cases.get(0).exactK()[1] / 1e6, f * cases.get(0).exactK()[2] / 1e6,
                f * cases.get(1).exactK()[0] / 1e6);
    }

    /**
     * Every m = 1 mode of the TESLA 9-cell cavity with 140 mm pipes below 2.5 GHz (cases/tesla-9cell-dipole.json,
     * the mesh of the TM0 bench), with the inertia proof over [1 GHz, 2.5 GHz]: wall time of numbering and
     * assembly and of the eigen solve (three inertia counts, run side by side, Lanczos and the check of its
     * window), and the process CPU time of the whole solve. Best of three runs, since the time of a shared
     * machine varies.
     */
    private void tesla() {
        EllipticalCavity cavity = new EllipticalCavity(9, TeslaBench.MID, TeslaBench.END_1, TeslaBench.END_2,
                Optional.of(TeslaBench.PIPE), Optional.of(TeslaBench.PIPE), BoundaryKind.METAL, Optional.empty());
        double best = Double.POSITIVE_INFINITY;
        String line = "";
        for (int run = 0; run < 3; run++) {
            try {
                double cpu0 = TeslaBench.processCpuSeconds();
                AzimuthalSolved s = study.azimuthalWindow(cavity.contour(), TeslaBench.NINE_CELL, 1, 1e9, 2.5e9, 100);
                double cpu = TeslaBench.processCpuSeconds() - cpu0;
                AzimuthalSolution a = s.solution();
                double total = a.assemblySeconds() + a.eigenSeconds();
                if (total < best) {
                    best = total;
                    line = String.format(Locale.ROOT, "TESLA 9-cell m=1, all %d modes below 2.5 GHz (%.3f to %.3f MHz): "
                            + "%d unknowns, kernel %d, inertia %s; asm %.3f s, eigen %.3f s (process CPU %.3f s)",
                            a.modes().size(), a.modes().get(0).frequency() * 1e-6,
                            a.modes().get(a.modes().size() - 1).frequency() * 1e-6, a.unknowns(), a.kernelDimension(),
                            a.inertia().complete() ? "complete" : "INCOMPLETE", a.assemblySeconds(), a.eigenSeconds(),
                            cpu);
                }
            } catch (StudyException | IllegalArgumentException e) {
                failures++;
                line = "TESLA 9-cell m=1 below 2.5 GHz failed: " + e.getMessage();
                break;
            }
        }
        out.println(line);
    }

    private void measure(Case c, int order, double size) {
        try {
            AzimuthalSolved solved = study.azimuthal(c.contour(), MeshSettings.of(order, size), c.m(),
                    c.exactK().length);
            double worst = 0;
            for (int i = 0; i < c.exactK().length; i++) {
                AzimuthalMode mode = solved.solution().modes().get(i);
                worst = Math.max(worst, Math.abs(mode.waveNumber() - c.exactK()[i]) / c.exactK()[i]);
            }
            out.printf(Locale.ROOT, "%-34s %5d %8.3f %9d %8d %11.3e %9.3f %9.3f%n", c.name(), order, size * 1e3,
                    solved.solution().unknowns(), solved.solution().kernelDimension(), worst,
                    solved.solution().assemblySeconds(), solved.solution().eigenSeconds());
        } catch (StudyException | IllegalArgumentException e) {
            failures++;
            out.printf(Locale.ROOT, "%-34s %5d %8.3f   failed: %s%n", c.name(), order, size * 1e3, e.getMessage());
        }
    }
}
