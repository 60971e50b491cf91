package org.cavityfem.spark;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.cavityfem.sweep.Journal;
import org.cavityfem.sweep.PointRow;
import org.cavityfem.sweep.ResultTable;
import org.cavityfem.sweep.StudySpec;
import org.cavityfem.sweep.SweepPlots;

/**
 * {@code spark-submit ... cavity-spark.jar STUDY.json OUT_DIR}: the sweep of a study file on a
 * Spark cluster. The driver reads the study, resumes the study folder's journal and writes the
 * table and plots; the points not yet journaled are sent out in batches, each point one task, and
 * each batch's rows are journaled when it returns, so a killed job loses at most one batch. The
 * table is the local sweep's, byte for byte.
 */
public final class SparkStudy {

    private SparkStudy() {
    }

    /** One point to study. */
    record Task(int index, double[] values) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** Runs {@code STUDY.json OUT_DIR [BATCH]} under spark-submit. */
    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: spark-submit --class org.cavityfem.spark.SparkStudy cavity-spark.jar "
                    + "STUDY.json OUT_DIR [POINTS_PER_BATCH]");
            System.exit(2);
        }
        SparkConf conf = new SparkConf().setAppName("cavity sweep " + args[0]);
        try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            int batch = args.length > 2 ? Integer.parseInt(args[2]) : 0;
            Map<Integer, PointRow> rows = run(sc, StudyText.read(Path.of(args[0])), Path.of(args[1]), batch);
            long failed = rows.values().stream().filter(r -> !r.ok()).count();
            System.out.printf("%d points (%d failed)%nresults: %s%n", rows.size(), failed,
                    Path.of(args[1]).resolve(ResultTable.FILE));
        }
    }

    /**
     * The sweep of a study on a Spark context.
     *
     * @param batch points per batch; 0 for four per core of the cluster
     * @return every point's row, by index
     */
    public static Map<Integer, PointRow> run(JavaSparkContext sc, StudyText study, Path folder, int batch)
            throws IOException {
        StudySpec spec = study.spec();
        List<double[]> design = spec.design().points(spec.variables());
        int size = batch > 0 ? batch : 4 * sc.defaultParallelism();
        Map<Integer, PointRow> rows = new TreeMap<>();
        try (Journal journal = Journal.open(folder, spec.fingerprint())) {
            List<Task> pending = new ArrayList<>();
            for (int i = 0; i < design.size(); i++) {
                PointRow done = journal.finished().get(i);
                if (done != null) {
                    rows.put(i, done);
                } else {
                    pending.add(new Task(i, design.get(i)));
                }
            }
            for (int from = 0; from < pending.size(); from += size) {
                List<Task> tasks = pending.subList(from, Math.min(pending.size(), from + size));
                List<PointRow> done = sc.parallelize(new ArrayList<>(tasks), tasks.size())
                        .map(t -> study.evaluator().evaluate(t.index(), t.values()).row()).collect();
                for (PointRow r : done) {
                    journal.append(r);
                    rows.put(r.index(), r);
                }
            }
        }
        ResultTable.write(spec, rows.values(), folder, ResultTable.FILE);
        SweepPlots.write(spec, rows.values(), folder.resolve("plots"));
        return rows;
    }
}
