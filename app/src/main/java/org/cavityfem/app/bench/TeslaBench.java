package org.cavityfem.app.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.Optional;
import org.cavityfem.analysis.field.ModeLabels;
import org.cavityfem.analysis.passband.Passband;
import org.cavityfem.analysis.passband.PassbandAnalysis;
import org.cavityfem.mesh.Mesh;
import org.cavityfem.mesh.MeshSettings;
import org.cavityfem.mesh.build.BeamPipe;
import org.cavityfem.mesh.build.EllipticalCavity;
import org.cavityfem.mesh.build.EllipticalHalfCell;
import org.cavityfem.mesh.geometry.BoundaryKind;
import org.cavityfem.mesh.geometry.Contour;
import org.cavityfem.solver.ModeRequest;
import org.cavityfem.solver.ModeSolution;
import org.cavityfem.study.PassbandStep;
import org.cavityfem.study.Solved;
import org.cavityfem.study.Study;

/**
 * The two TESLA targets, each timed at working settings and then checked against a much finer
 * solve of the same model (self-convergence: the difference is the error estimate):
 * the mid-cell π-mode (half the periodic cell: magnetic iris plane, electric equator plane), timed
 * from the start of the process, and the whole 9-cell passband with 140 mm beam pipes. Geometry:
 * Aune et al., PRSTAB 3, 092001 (2000), Table II. A measurement, never a test.
 */
public final class TeslaBench {

    static final EllipticalHalfCell MID = new EllipticalHalfCell(0.1033, 0.035, 0.042, 0.042, 0.012, 0.019, 0.0577);
    static final EllipticalHalfCell END_1 = new EllipticalHalfCell(0.1033, 0.039, 0.0403, 0.0403, 0.010, 0.0135, 0.056);
    static final EllipticalHalfCell END_2 = new EllipticalHalfCell(0.1033, 0.039, 0.042, 0.042, 0.009, 0.0128, 0.057);
    static final BeamPipe PIPE = new BeamPipe(0.039, 0.14);

    /** Mid-cell: order 5, 40 mm, 30° per edge on the walls; reference order 5 at a sixteenth of both. */
    static final MeshSettings MID_CELL = new MeshSettings(5, 0.040, 25, Math.toRadians(30), 1.3);
    static final MeshSettings MID_CELL_REFERENCE = new MeshSettings(5, 0.0025, 25, Math.toRadians(1.875), 1.3);
    /** Nine cells: order 4, 30 mm, 25°; reference order 5, 10 mm, 7.5°. */
    static final MeshSettings NINE_CELL = new MeshSettings(4, 0.030, 25, Math.toRadians(25), 1.3);
    static final MeshSettings NINE_CELL_REFERENCE = new MeshSettings(5, 0.010, 25, Math.toRadians(7.5), 1.3);

    private final Study study;
    private final PrintStream out;

    /**
     * @param study the study that meshes and solves each model
     * @param out where the figures go
     */
    public TeslaBench(Study study, PrintStream out) {
        this.study = study;
        this.out = out;
    }

    /** Runs both targets, printing as it goes. */
    public void run() {
        midCell();
        nineCells();
    }

    private void midCell() {
        Contour half = new EllipticalCavity(1, MID, MID, MID, Optional.empty(), Optional.empty(),
                BoundaryKind.MAGNETIC, Optional.of(BoundaryKind.ELECTRIC)).contour();
        long t0 = System.nanoTime();
        ModeSolution s = study.solve(half, MID_CELL, ModeRequest.lowest(1)).solution();
        double seconds = (System.nanoTime() - t0) * 1e-9;
        double uptime = ManagementFactory.getRuntimeMXBean().getUptime() * 1e-3;
        double cpu = processCpuSeconds();
        double f = s.modes().get(0).frequency();
        double reference = study.solve(half, MID_CELL_REFERENCE, ModeRequest.lowest(1)).solution()
                .modes().get(0).frequency();
        out.printf(Locale.ROOT, "TESLA mid-cell pi-mode (half periodic cell, order %d, h %.1f mm, %.1f deg/edge): "
                + "f = %.9f MHz, %d unknowns%n", MID_CELL.order(), MID_CELL.elementSize() * 1e3,
                Math.toDegrees(MID_CELL.maxArcAngle()), f * 1e-6, s.unknowns());
        out.printf(Locale.ROOT, "  rel. difference to the reference solve (order 5, h/16, %d unknowns): %.2e%n",
                referenceUnknowns(half), Math.abs(f - reference) / reference);
        out.printf(Locale.ROOT, "  mesh + solve %.3f s; whole process from JVM start to this result %.3f s "
                + "(process CPU %.3f s)%n", seconds, uptime, cpu);
    }

    private int referenceUnknowns(Contour half) {
        return study.solve(half, MID_CELL_REFERENCE, ModeRequest.lowest(1)).solution().unknowns();
    }

    private void nineCells() {
        EllipticalCavity cavity = new EllipticalCavity(9, MID, END_1, END_2, Optional.of(PIPE), Optional.of(PIPE),
                BoundaryKind.METAL, Optional.empty());
        Contour contour = cavity.contour();
        long t0 = System.nanoTime();
        Solved solved = study.solve(contour, NINE_CELL, ModeRequest.lowest(9));
        Mesh mesh = solved.mesh();
        double meshSeconds = solved.meshSeconds();
        ModeSolution s = solved.solution();
        Passband band = passband(s, cavity);
        double seconds = (System.nanoTime() - t0) * 1e-9;
        ModeSolution reference = study.solve(contour, NINE_CELL_REFERENCE, ModeRequest.lowest(9)).solution();
        out.printf(Locale.ROOT, "TESLA 9-cell with 140 mm beam pipes (order %d, h %.0f mm, %.0f deg/edge): %d "
                + "elements, %d unknowns; reference order %d, h %.0f mm, %.1f deg/edge, %d unknowns%n",
                NINE_CELL.order(), NINE_CELL.elementSize() * 1e3, Math.toDegrees(NINE_CELL.maxArcAngle()),
                mesh.elementCount(), s.unknowns(), NINE_CELL_REFERENCE.order(), NINE_CELL_REFERENCE.elementSize() * 1e3,
                Math.toDegrees(NINE_CELL_REFERENCE.maxArcAngle()), reference.unknowns());
        double worst = 0;
        for (int i = 0; i < 9; i++) {
            double f = s.modes().get(i).frequency();
            double fRef = reference.modes().get(i).frequency();
            double rel = Math.abs(f - fRef) / fRef;
            worst = Math.max(worst, rel);
            out.printf(Locale.ROOT, "  %-12s %18.9f MHz   rel. difference to reference %.2e%n",
                    band.labelOf(i).orElse(ModeLabels.ordinal("TM", s.modes().get(i).number())), f * 1e-6, rel);
        }
        out.printf(Locale.ROOT, "  largest rel. difference %.2e; mesh %.3f s, assembly %.3f s, eigen %.3f s, "
                + "passband %.3f s, total %.3f s; k_cc %.4f %%, flatness %.2f %%%n", worst, meshSeconds,
                s.assemblySeconds(), s.eigenSeconds(), seconds - meshSeconds - s.assemblySeconds() - s.eigenSeconds(),
                seconds, 100 * band.coupling(), 100 * band.fieldFlatness());
    }

    private static Passband passband(ModeSolution s, EllipticalCavity cavity) {
        PassbandAnalysis.Result r = PassbandStep.find(s, cavity.irisPlanes());
        return r.passband().orElseThrow(() -> new IllegalStateException("no passband: " + r.reason()));
    }

    static double processCpuSeconds() {
        java.lang.management.OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
            return sun.getProcessCpuTime() * 1e-9;
        }
        return Double.NaN;
    }
}
