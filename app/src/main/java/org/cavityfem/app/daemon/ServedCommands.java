package org.cavityfem.app.daemon;

import java.util.List;

/**
 * Which command lines the server runs: {@code cavity solve ...}, whose result depends only on its
 * arguments, the working directory and the files it names. The other commands start their own
 * JVM: {@code bench} times processes and the JIT, {@code sweep} and {@code optimize} run for minutes
 * and use both cores, and {@code daemon} manages the server itself.
 */
final class ServedCommands {

    private ServedCommands() {
    }

    /** Null when the command line is served, else why not. */
    static String whyNot(List<String> args) {
        int i = 0;
        while (i < args.size() && args.get(i).equals("--debug")) {
            i++;
        }
        if (i == args.size() || !args.get(i).equals("solve")) {
            return "only 'cavity solve' is served";
        }
        return null;
    }
}
