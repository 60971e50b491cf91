package org.cavityfem.app.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.cavityfem.app.daemon.ProcSelfStat;

/**
 * The whole process as a user meets it: each shipped case solved by the {@code cavity} launcher in
 * a process of its own, several times, with the median of the wall time (process start to exit) and
 * of every stage of {@code timing_s}. With a baseline jar, each run solves every case with both
 * builds in turn, so that the two columns see the same machine load; with {@code daemon}, every
 * case is also solved through a warm server of this build ({@code cavity daemon}), in turn with a
 * process of its own. A measurement, never a test.
 */
public final class WholeProcessBench {

    /** One timed command line: a case file and the extra options of {@code cavity solve}. */
    public record Run(String caseFile, List<String> options) {

        String name() {
            return caseFile + (options.isEmpty() ? "" : " " + String.join(" ", options));
        }
    }

    /**
     * The shipped cases the whole-process targets name: the pillbox with and without plots, and the
     * tuned 9-cell cavity, also without plots, which shows what the plots cost there.
     */
    public static final List<Run> RUNS = List.of(
            new Run("cases/pillbox.json", List.of()),
            new Run("cases/pillbox.json", List.of("--no-plots")),
            new Run("cases/tesla-9cell-tuned.json", List.of()),
            new Run("cases/tesla-9cell-tuned.json", List.of("--no-plots")));

    /** Stages that make up the solve and the outputs in the comparison line. */
    private static final List<String> SOLVE = List.of("mesh", "assemble", "eigen");
    private static final List<String> OUTPUTS = List.of("figures", "paraview", "plots", "write");

    /**
     * One column: a baseline (another jar or launcher), or this build in a JVM of its own, or this
     * build through its warm server.
     */
    private record Build(Optional<Path> baseline, boolean daemon) {
    }

    private final Path launcher;
    private final Optional<Path> baseline;
    private final boolean daemon;
    private final int repeats;
    private final PrintStream out;
    private final ObjectMapper json = new ObjectMapper();

    /**
     * @param launcher the {@code cavity} launcher script that runs each case
     * @param baseline another build to run beside the launcher's own: a jar (run by this launcher
     *     through {@code CAVITY_JAR}) or another launcher script (run as it is, e.g. an older checkout's)
     * @param daemon also run every case through a warm server of the launcher's build, started for
     *     the bench unless one runs (and then left running)
     * @param repeats timed runs per case and build (after one untimed run each)
     * @param out where the table goes
     */
    public WholeProcessBench(Path launcher, Optional<Path> baseline, boolean daemon, int repeats, PrintStream out) {
        this.launcher = launcher;
        this.baseline = baseline;
        this.daemon = daemon;
        this.repeats = repeats;
        this.out = out;
    }

    /** Runs every case {@code repeats} times with each build and prints the medians. */
    public void run() throws IOException, InterruptedException {
        List<Build> builds = new ArrayList<>();
        baseline.ifPresent(b -> builds.add(new Build(Optional.of(b), false)));
        builds.add(new Build(Optional.empty(), false));
        if (daemon) {
            builds.add(new Build(Optional.empty(), true));
        }
        Path scratch = Files.createTempDirectory("cavity-bench-");
        // Started here, as the launcher starts one, unless one runs already; then it is left running.
        boolean autoStart = daemon && launch("daemon", "status") != 0;
        boolean started = false;
        String loadBefore = loadAverage();
        long servedBefore = 0;
        try {
            Map<String, Samples> samples = new LinkedHashMap<>();
            // One untimed run per build: builds the class-data archive and fills the file cache. For the
            // warm server's column with no server running, that run is the first run of a user: it runs
            // in a JVM of its own and starts the server, and is timed, as is the server's warm-up.
            String first = null;
            for (Build build : builds) {
                if (build.daemon() && autoStart) {
                    long t0 = System.nanoTime();
                    double wall = solve(build, RUNS.get(0), scratch).get("wall");
                    // The server's JVM starts once that run has ended; wait until it runs and has warmed up.
                    String status = status();
                    while ((!status.contains("warm-up ") || status.contains("warm-up running"))
                            && System.nanoTime() - t0 < 600e9) {
                        Thread.sleep(100);
                        status = status();
                    }
                    started = launch("daemon", "status") == 0;
                    first = String.format(Locale.ROOT, "first run with no server (%s; a JVM of its own, which starts "
                            + "the server): %.3f s; the server was warm %.1f s after that run began", RUNS.get(0).name(),
                            wall, (System.nanoTime() - t0) * 1e-9);
                } else {
                    solve(build, RUNS.get(0), scratch);
                }
            }
            servedBefore = daemon ? served() : 0;
            for (int i = 0; i < repeats; i++) {
                for (Run run : RUNS) {
                    for (Build build : builds) {
                        samples.computeIfAbsent(run.name() + "\t" + label(build), k -> new Samples())
                                .add(solve(build, run, scratch));
                    }
                }
            }
            print(samples);
            if (first != null) {
                out.println(first);
            }
            out.println("load average (1, 5, 15 min) before: " + loadBefore + "; after: " + loadAverage());
            if (daemon) {
                // A refused or failed request falls back to a JVM of its own: say how many the server ran.
                out.printf(Locale.ROOT, "warm server: %d of the %d timed runs of that build were served by it%n",
                        served() - servedBefore, repeats * RUNS.size());
            }
        } finally {
            if (started) {
                launch("daemon", "stop");
            }
            try (Stream<Path> files = Files.walk(scratch)) {
                files.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private String label(Build build) {
        return build.baseline().map(p -> "baseline " + p.getFileName())
                .orElse(build.daemon() ? "warm daemon" : daemon ? "own JVM" : "this build");
    }

    /** Runs the launcher with these arguments, output discarded, and gives its exit status. */
    private int launch(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(launcher.toString()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start().waitFor();
    }

    /** What {@code cavity daemon status} prints. */
    private String status() throws IOException, InterruptedException {
        Process p = new ProcessBuilder(launcher.toString(), "daemon", "status").redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        p.waitFor();
        return text;
    }

    /** The requests the warm server has run so far, from {@code cavity daemon status}; 0 when none runs. */
    private long served() throws IOException, InterruptedException {
        String text = status();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+) requests served").matcher(text);
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }

    /** The first three fields of /proc/loadavg, or "unknown" where there is none. */
    private static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    /** {@link ProcSelfStat#childrenCpuSeconds}, or NaN where there is no /proc/self/stat. */
    private static double childrenCpu() {
        try {
            return ProcSelfStat.read().childrenCpuSeconds();
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    /** A baseline that is not a jar is another launcher script, run as it is (with its own jar). */
    private static boolean isLauncher(Path baseline) {
        return !baseline.getFileName().toString().endsWith(".jar");
    }

    /** One process: its wall time and the stages it reported. */
    private Map<String, Double> solve(Build build, Run run, Path scratch) throws IOException, InterruptedException {
        Path folder = scratch.resolve("out");
        Path script = build.baseline().filter(WholeProcessBench::isLauncher).orElse(launcher);
        List<String> command = new ArrayList<>(List.of(script.toString(), "solve", run.caseFile(), "--out",
                folder.toString(), "--quiet"));
        command.addAll(run.options());
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.environment().remove("CAVITY_JAR");
        // Only the warm column may be served by a warm server, which would otherwise take every run; it
        // starts one (even under CI) when none runs.
        pb.environment().put("CAVITY_DAEMON", build.daemon() ? "on" : "off");
        build.baseline().filter(b -> !isLauncher(b))
                .ifPresent(jar -> pb.environment().put("CAVITY_JAR", jar.toAbsolutePath().toString()));
        double cpu0 = childrenCpu();
        long t0 = System.nanoTime();
        int status = pb.start().waitFor();
        double wall = (System.nanoTime() - t0) * 1e-9;
        double cpu = childrenCpu() - cpu0;
        if (status != 0) {
            throw new IllegalStateException(String.join(" ", command) + " exited with status " + status);
        }
        Map<String, Double> stages = new LinkedHashMap<>();
        stages.put("wall", wall);
        // The CPU of a run in a JVM of its own is the process's (and the launcher's forks'); a served
        // run's is mostly the server's, which is no child of the bench (.ci/daemon-cpu counts it).
        if (!build.daemon() && Double.isFinite(cpu)) {
            stages.put("cpu", cpu);
        }
        JsonNode timing = json.readTree(folder.resolve("summary.json").toFile()).path("timing_s");
        for (Iterator<Map.Entry<String, JsonNode>> it = timing.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            stages.put(e.getKey(), e.getValue().asDouble());
        }
        return stages;
    }

    private void print(Map<String, Samples> samples) {
        List<String> columns = new ArrayList<>();
        samples.values().forEach(s -> s.keys().forEach(k -> {
            if (!columns.contains(k)) {
                columns.add(k);
            }
        }));
        columns.sort(Comparator.comparingInt(WholeProcessBench::rank));
        out.printf(Locale.ROOT, "Whole process, median of %d runs (s); wall = process start to exit, cpu = its user + system CPU "
                + "time (runs in a JVM of its own), the rest from timing_s of summary.json; solve = mesh + assemble + eigen, outputs = figures + paraview + plots + write%n",
                repeats);
        StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "%-38s %-20s", "case", "build"));
        for (String c : columns) {
            head.append(String.format(Locale.ROOT, " %9s", c));
        }
        head.append(String.format(Locale.ROOT, " %9s %9s", "solve", "outputs"));
        out.println(head);
        for (Map.Entry<String, Samples> e : samples.entrySet()) {
            String[] key = e.getKey().split("\t");
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-38s %-20s", key[0], key[1]));
            for (String c : columns) {
                double m = e.getValue().median(c);
                row.append(Double.isNaN(m) ? String.format(Locale.ROOT, " %9s", "-")
                        : String.format(Locale.ROOT, " %9.3f", m));
            }
            row.append(String.format(Locale.ROOT, " %9.3f %9.3f", e.getValue().medianOfSum(SOLVE),
                    e.getValue().medianOfSum(OUTPUTS)));
            out.println(row);
        }
    }

    /** Columns in the order of the run; a stage not named here goes before {@code other}. */
    private static int rank(String column) {
        List<String> order = List.of("wall", "cpu", "read", "mesh", "assemble", "eigen", "passband", "figures", "paraview",
                "plots", "write");
        int i = order.indexOf(column);
        return i >= 0 ? i : column.equals("other") ? order.size() + 1 : column.equals("total") ? order.size() + 2
                : order.size();
    }

    /** The stages of repeated runs of one case and build. */
    private static final class Samples {
        private final List<Map<String, Double>> runs = new ArrayList<>();

        void add(Map<String, Double> run) {
            runs.add(run);
        }

        List<String> keys() {
            List<String> keys = new ArrayList<>();
            runs.forEach(r -> r.keySet().forEach(k -> {
                if (!keys.contains(k)) {
                    keys.add(k);
                }
            }));
            return keys;
        }

        double median(String key) {
            return median(runs.stream().filter(r -> r.containsKey(key)).mapToDouble(r -> r.get(key)).toArray());
        }

        double medianOfSum(List<String> keys) {
            return median(runs.stream().mapToDouble(r -> keys.stream().mapToDouble(k -> r.getOrDefault(k, 0.0)).sum())
                    .toArray());
        }

        private static double median(double[] v) {
            if (v.length == 0) {
                return Double.NaN;
            }
            Arrays.sort(v);
            return v.length % 2 == 1 ? v[v.length / 2] : 0.5 * (v[v.length / 2 - 1] + v[v.length / 2]);
        }
    }
}
