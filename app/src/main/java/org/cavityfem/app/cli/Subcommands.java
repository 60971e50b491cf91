package org.cavityfem.app.cli;

import java.util.List;
import picocli.CommandLine;

/**
 * The subcommands of {@code cavity}, in the order the usage lists them. Picocli builds a command's
 * model by reflecting over its annotations when the command is added; building all of them took
 * about a third of {@code cavity --version}'s time, so a command line that starts with a
 * subcommand's name gets only that one (README, "Start-up"). Every other command line
 * ({@code cavity}, {@code --help}, {@code help}, an unknown name, whose error suggests the
 * names) gets them all, so the usage and the messages are those of the full command.
 */
final class Subcommands {

    /** The names, as in each class's {@code @Command}, in the usage's order. */
    static final List<String> NAMES = List.of("solve", "import", "fieldmap", "tune", "sweep", "optimize", "bench",
            "paper", "daemon", "help");

    private Subcommands() {
    }

    /** A new instance of the subcommand called {@code name}, one of {@link #NAMES}. */
    static Object make(String name) {
        // A switch rather than a table of constructor references: no lambda to spin up at start.
        switch (name) {
            case "solve": return new SolveCommand();
            case "import": return new ImportCommand();
            case "fieldmap": return new FieldMapCommand();
            case "tune": return new TuneCommand();
            case "sweep": return new SweepCommand();
            case "optimize": return new OptimizeCommand();
            case "bench": return new BenchCommand();
            case "paper": return new PaperCommand();
            case "daemon": return new org.cavityfem.app.daemon.DaemonCommand();
            case "help": return new CommandLine.HelpCommand();
            default: throw new IllegalArgumentException("no subcommand " + name);
        }
    }

    /**
     * Adds to the root command the subcommands {@code args} need: none for {@code cavity --version}
     * alone, the one named first (after the root's only option that may precede it,
     * {@code --debug}), or all of them.
     */
    static void addNeeded(CommandLine root, String... args) {
        if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
            return;
        }
        int i = 0;
        while (i < args.length && args[i].equals("--debug")) {
            i++;
        }
        String first = i < args.length ? args[i] : "";
        if (NAMES.contains(first) && !first.equals("help")) {
            root.addSubcommand(first, make(first));
        } else {
            for (String name : NAMES) {
                root.addSubcommand(name, make(name));
            }
        }
    }
}
