package org.cavityfem.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import picocli.CommandLine.Command;

/**
 * The command line adds to picocli only the subcommand it names ({@link Subcommands}); what a user
 * sees must be the same as with every subcommand added. The reference is the full command itself:
 * the names in each class's {@code @Command}, and the usage and help texts built from all of them.
 */
class SubcommandsTest {

    @Test
    void everyNameIsItsClassCommandName() {
        for (String name : Subcommands.NAMES) {
            Command command = Subcommands.make(name).getClass().getAnnotation(Command.class);
            assertEquals(name, command.name(), "the table's name of " + command);
        }
    }

    @Test
    void theUsageListsEverySubcommand() {
        CliHarness.Run run = CliHarness.run("--help");
        assertEquals(ExitCodes.OK, run.status());
        for (String name : Subcommands.NAMES) {
            assertTrue(run.out().contains("\n  " + name + " "), name + " missing from the usage:\n" + run.out());
        }
    }

    @Test
    void aSubcommandAloneHelpsAsWithAllOfThem() {
        // "help solve" adds every subcommand; "solve --help" and "--debug solve --help" only solve.
        String full = CliHarness.run("help", "solve").out();
        assertEquals(full, CliHarness.run("solve", "--help").out());
        CliHarness.Run debug = CliHarness.run("--debug", "solve", "--help");
        assertEquals(ExitCodes.OK, debug.status());
        assertEquals(full, debug.out());
    }

    @Test
    void anUnknownNameStillGetsTheSuggestions() {
        CliHarness.Run run = CliHarness.run("solv", "x.json");
        assertEquals(ExitCodes.BAD_INPUT, run.status());
        assertTrue(run.err().contains("solve"), run.err());
    }
}
