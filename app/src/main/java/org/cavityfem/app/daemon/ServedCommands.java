package org.cavityfem.app.daemon;

import java.util.List;
import java.util.Set;

/**
 * Which command lines the server runs: those whose result depends only on their arguments, the
 * working directory and the files they name, and which resolve their paths against the request's
 * directory ({@code CavityCli#resolve}): {@code cavity solve ...} and {@code cavity tune ...}
 * (a dozen solves, each as fast warm as a solve). The others start their own JVM: {@code bench}
 * times processes and the JIT; {@code sweep} and {@code optimize} run for minutes on every core,
 * where a JVM start is nothing, and would hold up every other request meanwhile (one runs at a
 * time); {@code daemon} manages the server itself; {@code fieldmap}, {@code import} and
 * {@code paper} do not yet resolve their paths against the request's directory.
 */
final class ServedCommands {

    /** The commands served. */
    static final Set<String> SERVED = Set.of("solve", "tune");

    private ServedCommands() {
    }

    /** Null when the command line is served, else why not. */
    static String whyNot(List<String> args) {
        int i = 0;
        while (i < args.size() && args.get(i).equals("--debug")) {
            i++;
        }
        if (i == args.size() || !SERVED.contains(args.get(i))) {
            return "only 'cavity solve' and 'cavity tune' are served";
        }
        return null;
    }
}
