package org.cavityfem.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cavityfem.study.PreparedCase;

/**
 * Pays first uses on a background thread while the main thread does something else, on the other
 * core (README, "Start-up"); nothing it does reaches a result file or the console.
 * <ul>
 *   <li>{@link #startReading}: in a JVM of its own, reading the case file of {@code cavity solve} or
 *       {@code cavity tune} (Jackson's parser, the case model, the contour) while picocli builds its
 *       model of the command line, which takes about as long; the case is then read again, as
 *       before, on the main thread, which finds that code initialised.</li>
 *   <li>{@link #start}: Jackson's serialisation of a JSON tree (summary.json and the resolved case
 *       are written that way) while the main thread meshes and solves; on the critical path it took
 *       tens of milliseconds of the {@code write} stage.</li>
 * </ul>
 * The plots have their own warm-up (PlotWarmUp).
 */
final class WarmUp {

    private WarmUp() {
    }

    /** Starts the serialisation warm-up; never blocks. */
    static void start() {
        run("start-up-warm-up", WarmUp::serialise);
    }

    /**
     * Starts reading the case file that a {@code solve} or {@code tune} command line names (its
     * first argument ending in {@code .json} that is a file), if any; never blocks. The result and
     * any error are dropped: the command reads and reports the case itself.
     */
    static void startReading(String... args) {
        int i = 0;
        while (i < args.length && args[i].equals("--debug")) {
            i++;
        }
        if (i == args.length || !(args[i].equals("solve") || args[i].equals("tune"))) {
            return;
        }
        for (int a = i + 1; a < args.length; a++) {
            if (args[a].endsWith(".json")) {
                Path file = Path.of(args[a]);
                if (Files.isRegularFile(file)) {
                    run("case-read-warm-up", () -> PreparedCase.read(file, List.of()));
                }
                return;
            }
        }
    }

    private static void run(String name, Runnable work) {
        Thread thread = new Thread(() -> {
            try {
                work.run();
            } catch (RuntimeException | LinkageError | StackOverflowError ignored) {
                // Only a head start: the command meets and reports any problem itself.
            }
        }, name);
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    private static void serialise() {
        try {
            ObjectNode tree = JsonNodeFactory.instance.objectNode();
            tree.put("text", "warm-up").put("number", 1.5e-9).put("integer", 3).putArray("list").add(0.25).add("x");
            tree.putObject("nested").put("flag", true);
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(tree);
        } catch (Exception e) {
            // As above: only a head start.
        }
    }
}
