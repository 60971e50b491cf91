package org.cavityfem.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cavityfem.casefile.CaseDefinition;
import org.cavityfem.casefile.CaseReader;
import org.cavityfem.casefile.EllipticalGeometry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TuneCommandTest {

    /** Half of the TESLA mid-cell (magnetic iris plane, electric equator plane), a coarse mesh: quick solves. */
    private static final String HALF_CELL = """
            {
              "name": "half",
              "geometry": {"type": "elliptical", "cells": 1,
                "midCell": {"Req": "103.3 mm", "Ri": "35 mm", "A": "42 mm", "B": "42 mm", "a": "12 mm",
                            "b": "19 mm", "L": "57.7 mm"},
                "endPlanes": "magnetic", "midPlane": "electric"},
              "mesh": {"order": 3, "elementSize": "20 mm"}
            }
            """;

    @TempDir
    Path dir;

    private Path write(String text) throws IOException {
        Path p = dir.resolve("case.json");
        Files.writeString(p, text);
        return p;
    }

    @Test
    void tunesTheEquatorRadiusToTheTargetAndWritesTheCase() throws IOException {
        Path c = write(HALF_CELL);
        Path tuned = dir.resolve("tuned.json");
        CliHarness.Run run = CliHarness.run("tune", c.toString(), "-p", "midCell.Req", "-f", "1.3 GHz", "-t", "1e-8",
                "-o", tuned.toString());
        assertEquals(ExitCodes.OK, run.status(), run.err());
        assertTrue(run.out().contains("iter"), run.out());
        CaseDefinition d = CaseReader.read(tuned).definition();
        // Named after its file, so its results never go to the untuned case's folder out/half/.
        assertEquals("tuned", d.name());
        assertTrue(run.out().contains("(name tuned,"), run.out());
        EllipticalGeometry g = (EllipticalGeometry) d.geometry();
        // f ∝ 1/Req roughly: 1300.96 MHz at 103.3 mm needs about 103.37 mm for 1.3 GHz.
        assertEquals(0.10337, g.midCell().equatorRadius(), 2e-5);
        Path again = dir.resolve("again");
        CliHarness.Run check = CliHarness.run("solve", tuned.toString(), "-o", again.toString(), "-q");
        assertEquals(ExitCodes.OK, check.status(), check.err());
        // The console shows only the digits the error estimate supports, so the tuned frequency is read
        // from summary.json: within 1e-5 MHz of 1300 MHz, as the table's former 12-decimal column showed.
        double f = new com.fasterxml.jackson.databind.ObjectMapper().readTree(again.resolve("summary.json").toFile())
                .path("modes").path(0).path("frequency_Hz").asDouble();
        assertEquals(1300e6, f, 10, check.out());
    }

    @Test
    void badRequestsExitWith2AndWriteNothing() throws IOException {
        Path c = write(HALF_CELL);
        Path tuned = dir.resolve("tuned.json");
        CliHarness.Run run = CliHarness.run("tune", c.toString(), "-p", "midCell.Rq", "-f", "1.3 GHz", "-o",
                tuned.toString());
        assertEquals(ExitCodes.BAD_INPUT, run.status());
        assertTrue(run.err().contains("unknown parameter \"midCell.Rq\""), run.err());
        run = CliHarness.run("tune", c.toString(), "-p", "midCell.Req", "--flatness", "-o", tuned.toString());
        assertEquals(ExitCodes.BAD_INPUT, run.status());
        run = CliHarness.run("tune", c.toString(), "-p", "midCell.Req", "-f", "1.3 GHzz", "-o", tuned.toString());
        assertEquals(ExitCodes.BAD_INPUT, run.status());
        assertFalse(Files.exists(tuned));
    }

    @Test
    void anUnreachableTargetExitsWith3AndWritesNothing() throws IOException {
        Path c = write(HALF_CELL);
        Path tuned = dir.resolve("tuned.json");
        // Raising the iris radius cannot bring the cell to 3 GHz: Ri runs into Req − 2b first.
        CliHarness.Run run = CliHarness.run("tune", c.toString(), "-p", "midCell.Ri", "-f", "3 GHz", "-o",
                tuned.toString());
        assertEquals(ExitCodes.SOLVE_FAILED, run.status(), run.out() + run.err());
        assertTrue(run.err().contains("tuning failed"), run.err());
        assertFalse(Files.exists(tuned));
    }

    /** The tuned case's name: the target file's stem when it is a valid and different name. */
    @Test
    void theTunedCaseIsNamedAfterItsFile() {
        assertEquals("flat", TuneCommand.tunedName("tesla-9cell", Path.of("cases", "flat.json")));
        assertEquals("tesla-9cell_tuned", TuneCommand.tunedName("tesla-9cell", Path.of("out", "tesla-9cell_tuned.json")));
        assertEquals("tesla-9cell-tuned", TuneCommand.tunedName("tesla-9cell", Path.of("tesla-9cell.json")));
        assertEquals("half-tuned", TuneCommand.tunedName("half", Path.of("my case.json")));
    }
}
