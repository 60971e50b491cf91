package org.cavityfem.app.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.cavityfem.mesh.MeshSettings;
import org.cavityfem.solver.ModeRequest;
import org.cavityfem.solver.ModeSolution;
import org.cavityfem.study.Solved;
import org.cavityfem.study.Study;
import org.cavityfem.study.StudyException;

/**
 * Accuracy against cost: meshes each reference cavity along a ladder of element sizes and orders,
 * solves for the lowest mode and prints one table row per mesh as it finishes, then the best error
 * per cavity. A measurement, never a test: its times depend on the machine.
 */
public final class Bench {

    private static final String HEADER_FORMAT = "%-8s %5s %8s %9s %9s %11s %9s %9s %9s %9s%n";
    private static final String ROW_FORMAT = "%-8s %5d %8.3f %9d %9d %11.3e %9.3f %9.3f %9.3f %9.3f%n";

    private final Study study;
    private final PrintStream out;
    private int failures;

    /**
     * @param study the study that meshes and solves each reference
     * @param out where the table goes
     */
    public Bench(Study study, PrintStream out) {
        this.study = study;
        this.out = out;
    }

    /** Meshes that could not be solved so far. */
    public int failures() {
        return failures;
    }

    /** Runs every reference along the ladder, printing as it goes; returns the rows measured. */
    public List<BenchRow> run(List<Reference> references, Ladder ladder) {
        out.printf(Locale.ROOT, HEADER_FORMAT, "case", "order", "h (mm)", "elements", "unknowns", "rel. error",
                "mesh (s)", "asm (s)", "eigen (s)", "total (s)");
        List<BenchRow> rows = new ArrayList<>();
        for (Reference ref : references) {
            for (int order : ladder.orders()) {
                for (int n : ladder.divisions().get(order)) {
                    measure(ref, order, ref.length() / n).ifPresent(rows::add);
                }
            }
        }
        for (Reference ref : references) {
            best(rows, ref.name()).ifPresent(b -> out.printf(Locale.ROOT,
                    "best %-8s %.3e (order %d, h %.3f mm, %d unknowns, %.3f s); exact k = %.15g 1/m from %s%n",
                    b.reference(), b.relativeError(), b.order(), b.elementSize() * 1e3, b.unknowns(),
                    b.totalSeconds(), ref.waveNumber(), ref.source()));
        }
        return rows;
    }

    private Optional<BenchRow> measure(Reference ref, int order, double size) {
        long t0 = System.nanoTime();
        try {
            Solved solved = study.solve(ref.contour(), MeshSettings.of(order, size), ModeRequest.lowest(1));
            double total = (System.nanoTime() - t0) * 1e-9;
            ModeSolution solution = solved.solution();
            double k = solution.modes().get(0).waveNumber();
            BenchRow row = new BenchRow(ref.name(), order, size, solved.mesh().elementCount(), solution.unknowns(),
                    Math.abs(k - ref.waveNumber()) / ref.waveNumber(), solved.meshSeconds(), solution.assemblySeconds(),
                    solution.eigenSeconds(), total);
            out.printf(Locale.ROOT, ROW_FORMAT, row.reference(), row.order(), row.elementSize() * 1e3, row.elements(),
                    row.unknowns(), row.relativeError(), row.meshSeconds(), row.assembleSeconds(), row.eigenSeconds(),
                    row.totalSeconds());
            return Optional.of(row);
        } catch (StudyException | IllegalArgumentException e) {
            failures++;
            out.printf(Locale.ROOT, "%-8s %5d %8.3f   failed: %s%n", ref.name(), order, size * 1e3, e.getMessage());
            return Optional.empty();
        }
    }

    /** The row of smallest error for one reference. */
    static Optional<BenchRow> best(List<BenchRow> rows, String reference) {
        return rows.stream().filter(r -> r.reference().equals(reference))
                .min((a, b) -> Double.compare(a.relativeError(), b.relativeError()));
    }
}
