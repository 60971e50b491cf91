package org.cavityfem.sweep;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.cavityfem.casefile.CaseWriter;
import org.cavityfem.output.ResultWriter;
import org.cavityfem.study.StudyListener;

/**
 * Runs points on a fixed number of worker threads, one solve per thread. Memory is bounded by the
 * workers: at most twice as many points as workers are in flight, each holding one study until its
 * row is taken from it; finished points are kept only as rows. Each finished row is appended to the
 * journal (and its result folder written, when asked) before the next is taken, so a kill loses at
 * most the points in flight.
 */
public final class PointPool implements AutoCloseable {

    private final PointEvaluator evaluator;
    private final Journal journal;
    private final Path pointsFolder;
    private final ExecutorService executor;
    private final int workers;
    private int computed;

    /**
     * @param evaluator studies one point
     * @param journal where finished points are recorded
     * @param pointsFolder where each point's result folder goes, or null for none
     * @param workers worker threads
     */
    public PointPool(PointEvaluator evaluator, Journal journal, Path pointsFolder, int workers) {
        this.evaluator = evaluator;
        this.journal = journal;
        this.pointsFolder = pointsFolder;
        this.workers = workers;
        this.executor = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "point-worker");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Studies the points not yet in the journal and records them.
     *
     * @param points the design's points by index
     * @param bar counts finished points
     * @return the rows of all the given points (journaled earlier or now), by index
     * @throws IOException when the journal cannot be written
     */
    public Map<Integer, PointRow> run(Map<Integer, double[]> points, ProgressBar bar) throws IOException {
        Map<Integer, PointRow> rows = new TreeMap<>();
        List<Integer> pending = new ArrayList<>();
        for (Map.Entry<Integer, double[]> p : points.entrySet()) {
            PointRow done = journal.finished().get(p.getKey());
            if (done != null) {
                rows.put(p.getKey(), done);
            } else {
                pending.add(p.getKey());
            }
        }
        ExecutorCompletionService<PointEvaluator.Outcome> completion = new ExecutorCompletionService<>(executor);
        int next = 0;
        int inFlight = 0;
        while (next < pending.size() || inFlight > 0) {
            while (next < pending.size() && inFlight < 2 * workers) {
                int index = pending.get(next++);
                double[] values = points.get(index);
                completion.submit(() -> evaluator.evaluate(index, values));
                inFlight++;
            }
            PointEvaluator.Outcome outcome;
            try {
                outcome = completion.take().get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException(e.getCause());
            }
            inFlight--;
            computed++;
            writeFolder(outcome);
            journal.append(outcome.row());
            journal.finished().put(outcome.row().index(), outcome.row());
            rows.put(outcome.row().index(), outcome.row());
            bar.step(outcome.row().ok());
        }
        return rows;
    }

    private void writeFolder(PointEvaluator.Outcome outcome) throws IOException {
        if (pointsFolder == null || outcome.definition().isEmpty()) {
            return;
        }
        Path folder = pointsFolder.resolve(outcome.definition().get().name());
        Files.createDirectories(pointsFolder);
        if (outcome.result().isPresent()) {
            ResultWriter.write(outcome.result().get(), folder, StudyListener.none());
        } else {
            Files.createDirectories(folder);
        }
        try {
            Files.writeString(folder.resolve(outcome.definition().get().name() + ".json"),
                    CaseWriter.toJson(outcome.definition().get()), StandardCharsets.UTF_8);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Points computed (not taken from the journal) so far. */
    public int computed() {
        return computed;
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
