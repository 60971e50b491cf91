package org.cavityfem.sweep;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.cavityfem.solver.ModeSolver;

/**
 * A sweep: every point of the study's design studied (on {@code workers} threads, resuming the
 * folder's journal), then the result table and the plots written into the folder.
 */
public final class Sweep {

    private Sweep() {
    }

    /**
     * What a sweep wrote.
     *
     * @param table the result table
     * @param rows every point's row, by index
     * @param resumed points taken from the journal instead of computed
     */
    public record Outcome(Path table, Map<Integer, PointRow> rows, int resumed) {
    }

    /**
     * Runs the sweep.
     *
     * @param spec the study
     * @param folder the study's folder (journal, table, plots, point folders)
     * @param workers worker threads
     * @param solvers makes a mode solver per worker
     * @param progress where the progress bar goes, or null
     * @param plots true to draw the plots
     * @throws IOException when the folder cannot be written
     */
    public static Outcome run(StudySpec spec, Path folder, int workers, Supplier<ModeSolver> solvers,
            PrintStream progress, boolean plots) throws IOException {
        List<double[]> design = spec.design().points(spec.variables());
        Map<Integer, double[]> points = new TreeMap<>();
        for (int i = 0; i < design.size(); i++) {
            points.put(i, design.get(i));
        }
        try (Journal journal = Journal.open(folder, spec.fingerprint());
                PointPool pool = new PointPool(new PointEvaluator(spec, solvers), journal,
                        spec.pointFolders() ? folder.resolve("points") : null, workers)) {
            int resumed = (int) points.keySet().stream().filter(journal.finished()::containsKey).count();
            ProgressBar bar = new ProgressBar(progress, "sweep", points.size(), resumed);
            Map<Integer, PointRow> rows = pool.run(points, bar);
            bar.finish();
            Path table = ResultTable.write(spec, rows.values(), folder, ResultTable.FILE);
            if (plots) {
                SweepPlots.write(spec, rows.values(), folder.resolve("plots"));
            }
            return new Outcome(table, rows, resumed);
        }
    }
}
