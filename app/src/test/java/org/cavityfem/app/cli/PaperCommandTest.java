package org.cavityfem.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cavityfem.paper.model.PaperQuantity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cavity paper}: the table on standard output and as CSV, Markdown and JSON. */
class PaperCommandTest {

    @TempDir
    Path tmp;

    @Test
    void writesTheComparisonWithEveryPaperQuantity() throws IOException {
        Path out = tmp.resolve("paper");
        CliHarness.Run run = CliHarness.run("paper", "--out", out.toString());
        assertEquals(ExitCodes.OK, run.status(), run.err());
        List<String> csv = Files.readAllLines(out.resolve("paper.csv"));
        assertEquals(PaperQuantity.values().length + 1, csv.size());
        assertTrue(csv.get(0).startsWith("equation,quantity,unit,printed,paper_model,agreement,exact_pillbox,"
                + "FEM_pillbox,FEM_TESLA,note"), csv.get(0));
        String markdown = Files.readString(out.resolve("paper.md"));
        assertTrue(markdown.contains("| (21) | heating density"), markdown);
        assertTrue(Files.readString(out.resolve("summary.json")).contains("\"HEATING_PER_EACC_SQUARED\""));
        assertTrue(run.out().contains("DIFFERS"), run.out());
        // docs/superconducting-surface.md prints the same table: each of its rows must be the command's.
        List<String> documented = Files.readAllLines(Path.of("..", "docs", "superconducting-surface.md")).stream()
                .filter(l -> l.startsWith("| (")).toList();
        List<String> computed = markdown.lines().filter(l -> l.startsWith("| (")).toList();
        assertEquals(computed.size(), documented.size(), "rows of the paper table in docs/superconducting-surface.md");
        for (String row : documented) {
            assertTrue(computed.contains(row), "docs/superconducting-surface.md is out of date with `cavity paper`; "
                    + "replace the row\n" + row + "\nby the command's row in paper.md");
        }
    }

    @Test
    void temperatureAtOrAboveCriticalIsBadInputAndWritesNothing() {
        Path out = tmp.resolve("hot");
        CliHarness.Run run = CliHarness.run("paper", "--out", out.toString(), "--temperature", "9.25");
        assertEquals(ExitCodes.BAD_INPUT, run.status());
        assertTrue(run.err().contains("below T_c"), run.err());
        assertFalse(Files.exists(out));
    }

    /** The temperature takes the case files' syntax: a quantity with its unit, checked the same way. */
    @Test
    void temperatureIsWrittenAsInCaseFiles() {
        Path out = tmp.resolve("units");
        CliHarness.Run hot = CliHarness.run("paper", "--out", out.toString(), "--temperature", "9250 mK");
        assertEquals(ExitCodes.BAD_INPUT, hot.status());
        assertTrue(hot.err().contains("below T_c") && hot.err().contains("9.25"), hot.err());
        CliHarness.Run length = CliHarness.run("paper", "--out", out.toString(), "--temperature", "2 m");
        assertEquals(ExitCodes.BAD_INPUT, length.status());
        assertTrue(length.err().contains("--temperature") && length.err().contains("temperature is needed"),
                length.err());
        assertFalse(Files.exists(out));
    }
}
