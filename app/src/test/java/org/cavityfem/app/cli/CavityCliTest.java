package org.cavityfem.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.cavityfem.casefile.CaseDefinition;
import org.cavityfem.casefile.CaseReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CavityCliTest {

    @TempDir
    Path tmp;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(tmp.resolve(name), text);
    }

    private long entries(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.count();
        }
    }

    @Test
    void versionIsTheProjectVersion() {
        CliHarness.Run run = CliHarness.run("--version");
        assertEquals(ExitCodes.OK, run.status());
        assertTrue(run.out().matches("(?s)cavity \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\R.*"), run.out());
        assertFalse(run.out().contains("${"), "the version resource is filtered");
    }

    @Test
    void helpListsTheCommandsAndExitStatuses() {
        CliHarness.Run run = CliHarness.run("--help");
        assertEquals(ExitCodes.OK, run.status());
        assertTrue(run.out().contains("solve"), run.out());
        assertTrue(run.out().contains("bad input"), run.out());
        CliHarness.Run solveHelp = CliHarness.run("solve", "--help");
        assertEquals(ExitCodes.OK, solveHelp.status());
        assertTrue(solveHelp.out().contains("--dry-run"), solveHelp.out());
    }

    @Test
    void commandLineMistakesAreBadInput() {
        CliHarness.Run none = CliHarness.run();
        assertEquals(ExitCodes.BAD_INPUT, none.status());
        assertTrue(none.err().contains("missing command"), none.err());
        CliHarness.Run unknown = CliHarness.run("solve", "--frobnicate", "x.json");
        assertEquals(ExitCodes.BAD_INPUT, unknown.status());
        assertTrue(unknown.err().contains("--frobnicate"), unknown.err());
        CliHarness.Run noCase = CliHarness.run("solve");
        assertEquals(ExitCodes.BAD_INPUT, noCase.status());
    }

    @Test
    void badCaseExitsWithStatus2AMessageAndNoFolder() throws IOException {
        Path bad = write("bad.json", "{\"name\": \"bad\",\n \"geometry\": {\"type\": \"sphere\", \"radius\": 100}}");
        Path out = tmp.resolve("results").resolve("bad");
        CliHarness.Run run = CliHarness.run("solve", bad.toString(), "--out", out.toString());
        assertEquals(ExitCodes.BAD_INPUT, run.status());
        assertTrue(run.err().startsWith("error: " + bad + ":2:"), run.err());
        assertTrue(run.err().contains("geometry.radius"), run.err());
        assertFalse(run.err().contains("\tat "), "no stack trace");
        assertEquals("", run.out());
        assertFalse(Files.exists(tmp.resolve("results")), "nothing written");
        assertEquals(1, entries(tmp));
    }

    @Test
    void missingCaseFileIsBadInput() {
        CliHarness.Run run = CliHarness.run("solve", tmp.resolve("nope.json").toString());
        assertEquals(ExitCodes.BAD_INPUT, run.status());
        assertTrue(run.err().contains("no such file"), run.err());
    }

    @Test
    void dryRunPrintsTheResolvedCaseAndWritesNothing() throws IOException {
        Path sphere = write("sphere.json", """
                {"name": "sphere", "geometry": {"type": "contour", "start": {"z": "-100 mm", "r": "0 mm"},
                  "segments": [
                    {"type": "line", "to": {"z": "100 mm", "r": "0 mm"}},
                    {"type": "arc", "to": {"z": "-100 mm", "r": "0 mm"}, "center": {"z": "0 mm", "r": "0 mm"},
                     "direction": "ccw"}]}}
                """);
        Path cwdOut = Path.of("out", "sphere");
        boolean existedBefore = Files.exists(cwdOut);
        CliHarness.Run run = CliHarness.run("solve", "--dry-run", sphere.toString());
        assertEquals(ExitCodes.OK, run.status(), run.err());
        CaseDefinition resolved = CaseReader.parse("stdout", run.out()).definition();
        assertEquals("sphere", resolved.name());
        // 200 mm bounding box / 12, to three digits.
        assertEquals(0.0167, resolved.mesh().elementSize().orElseThrow());
        assertTrue(run.err().contains("the case is valid"), run.err());
        assertEquals(existedBefore, Files.exists(cwdOut), "a dry run writes no result folder");
        assertEquals(1, entries(tmp));
    }
}
