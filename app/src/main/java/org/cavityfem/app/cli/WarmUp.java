package org.cavityfem.app.cli;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.cavityfem.output.ResultJson;

/**
 * Pays the first use of Jackson's serialisation of a JSON tree (summary.json and the resolved case
 * are written that way), through summary.json's own mapper ({@link ResultJson#MAPPER}, whose number
 * text is the Schubfach writer's), on a background thread while the main thread meshes and solves on one
 * core; on the critical path it took tens of milliseconds of the {@code write} stage (README,
 * "Start-up"). Nothing it does reaches a result file: the tree it writes is thrown away. The plots
 * have their own warm-up (PlotWarmUp).
 */
final class WarmUp {

    private WarmUp() {
    }

    /** Starts the warm-up; never blocks. */
    static void start() {
        Thread thread = new Thread(WarmUp::run, "start-up-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    private static void run() {
        try {
            ObjectNode tree = JsonNodeFactory.instance.objectNode();
            tree.put("text", "warm-up").put("number", 1.5e-9).put("integer", 3).putArray("list").add(0.25).add("x");
            tree.putObject("nested").put("flag", true);
            ResultJson.MAPPER.writeValueAsString(tree);
        } catch (Exception | LinkageError ignored) {
            // Only a head start: the real writers meet and report any problem themselves.
        }
    }
}
