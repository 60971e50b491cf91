package org.cavityfem.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cavity sweep} and {@code cavity optimize} on the command line: results, and bad input. */
class SweepCommandTest {

    private static final String PILLBOX = """
            {"name": "pillbox", "geometry": {"type": "pillbox", "radius": "115 mm", "gap": "115 mm"},
             "mesh": {"order": 3, "elementSize": "40 mm"}}
            """;

    @TempDir
    Path tmp;

    private Path study(String text) throws IOException {
        Files.writeString(tmp.resolve("pillbox.json"), PILLBOX);
        return Files.writeString(tmp.resolve("study.json"), text);
    }

    @Test
    void aSweepWritesItsTableAndPlots() throws IOException {
        Path s = study("""
                {"name": "s", "baseCase": "pillbox.json",
                 "parameters": {"gap": {"from": "80 mm", "to": "120 mm", "steps": 3}}}
                """);
        Path out = tmp.resolve("out");
        CliHarness.Run run = CliHarness.run("sweep", s.toString(), "-o", out.toString(), "-w", "2", "-q");
        assertEquals(ExitCodes.OK, run.status(), run.err());
        assertTrue(run.out().contains("3 points (0 from the journal, 0 failed) on 2 workers"), run.out());
        assertEquals(4, Files.readAllLines(out.resolve("results.csv")).size());
        assertTrue(Files.exists(out.resolve("plots/scatter_matrix.png")));
        assertTrue(Files.exists(out.resolve("plots/EpkOverEacc_vs_gap_m.png")));
        CliHarness.Run again = CliHarness.run("sweep", s.toString(), "-o", out.toString(), "-q");
        assertTrue(again.out().contains("3 points (3 from the journal"), again.out());
    }

    @Test
    void badStudiesExitWithTwoAndWriteNothing() throws IOException {
        String[][] cases = {
            {"{\"name\": \"s\", \"baseCase\": \"pillbox.json\", \"parameters\": {\"midCell.Ri\": {\"values\": [\"1 mm\"]}}}",
                "parameters.midCell.Ri"},
            {"{\"name\": \"s\", \"baseCase\": \"pillbox.json\", \"parameters\": {\"gap\": {\"from\": \"90 mm\", "
                    + "\"to\": \"80 mm\", \"steps\": 2}}}", "parameters.gap.to"},
            {"{\"name\": \"s\", \"baseCase\": \"pillbox.json\", \"parameters\": {}}", "parameters"},
            {"{\"name\": \"s\", \"baseCase\": \"pillbox.json\", \"parameters\": {\"gap\": {\"from\": \"80 mm\", "
                    + "\"to\": \"90 mm\"}}, \"optimize\": {\"objectives\": [\"max Beauty\"]}}", "optimize.objectives[0]"},
        };
        for (String[] c : cases) {
            Path s = study(c[0]);
            Path out = tmp.resolve("never");
            CliHarness.Run run = CliHarness.run("sweep", s.toString(), "-o", out.toString());
            assertEquals(ExitCodes.BAD_INPUT, run.status(), run.err());
            assertTrue(run.err().contains("study.json:1:") && run.err().contains(c[1]), run.err());
            assertFalse(Files.exists(out), "nothing written for " + c[1]);
        }
    }

    @Test
    void optimizeNeedsItsSection() throws IOException {
        Path s = study("""
                {"name": "s", "baseCase": "pillbox.json", "parameters": {"gap": {"from": "80 mm", "to": "90 mm", "steps": 2}}}
                """);
        CliHarness.Run run = CliHarness.run("optimize", s.toString(), "-o", tmp.resolve("never").toString());
        assertEquals(ExitCodes.BAD_INPUT, run.status());
        assertTrue(run.err().contains("no \"optimize\" section"), run.err());
        assertFalse(Files.exists(tmp.resolve("never")));
    }
}
