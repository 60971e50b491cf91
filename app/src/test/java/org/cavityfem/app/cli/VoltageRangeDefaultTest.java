package org.cavityfem.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@code rf.voltageRange}: an elliptical cavity with beam pipes integrates its voltage over the cells
 * by default, and its resolved case says so ({@code "cells"}, which follows the iris planes when the
 * cells are tuned); {@code "axis"} asks for the whole axis; {@code "cells"} needs cells.
 */
class VoltageRangeDefaultTest {

    private static final Path NINE_CELL = Path.of("..", "cases", "tesla-9cell.json");

    @Test
    void anEllipticalCavityWithPipesDefaultsToTheCells() {
        CliHarness.Run run = CliHarness.run("solve", NINE_CELL.toString(), "--dry-run");
        assertEquals(ExitCodes.OK, run.status(), run.err());
        assertTrue(run.out().replace(" ", "").contains("\"voltageRange\":\"cells\""), run.out());
        CliHarness.Run axis = CliHarness.run("solve", NINE_CELL.toString(), "--dry-run", "--set",
                "rf.voltageRange=axis");
        assertEquals(ExitCodes.OK, axis.status(), axis.err());
        assertTrue(axis.out().replace(" ", "").contains("\"voltageRange\":\"axis\""), axis.out());
    }

    @Test
    void cellsNeedCellsAndOtherWordsAreRefused() {
        CliHarness.Run cells = CliHarness.run("solve", SolveEndToEndTest.PILLBOX.toString(), "--dry-run", "--set",
                "rf.voltageRange=cells");
        assertEquals(ExitCodes.BAD_INPUT, cells.status(), cells.err());
        assertTrue(cells.err().contains("rf.voltageRange") && cells.err().contains("elliptical"), cells.err());
        CliHarness.Run typo = CliHarness.run("solve", NINE_CELL.toString(), "--dry-run", "--set",
                "rf.voltageRange=cell");
        assertEquals(ExitCodes.BAD_INPUT, typo.status(), typo.err());
        assertTrue(typo.err().contains("did you mean \"cells\""), typo.err());
    }
}
