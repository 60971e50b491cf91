package org.cavityfem.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three TESLA mid-cells closed by magnetic planes at the outer irises, solved through the command
 * line: the chain's π-mode is the periodic π-mode (H_phi = 0 on every iris plane), so the
 * passband section reports a flat field and the π-mode at the periodic cell's frequency.
 */
class PassbandEndToEndTest {

    private static final String CHAIN = """
            {
              "name": "chain",
              "geometry": {"type": "elliptical", "cells": 3,
                "midCell": {"Req": "103.3 mm", "Ri": "35 mm", "A": "42 mm", "B": "42 mm", "a": "12 mm",
                            "b": "19 mm", "L": "57.7 mm"},
                "endPlanes": "magnetic"},
              "mesh": {"order": 4, "elementSize": "20 mm", "maxArcAngle_deg": 15},
              "solver": {"modes": 4}
            }
            """;

    @TempDir
    Path tmp;

    @Test
    void summaryHasThePassbandAndTheModesAreLabelledByPhase() throws IOException {
        Path c = tmp.resolve("chain.json");
        Files.writeString(c, CHAIN);
        Path out = tmp.resolve("out");
        CliHarness.Run run = CliHarness.run("solve", c.toString(), "-o", out.toString(), "-q");
        assertEquals(ExitCodes.OK, run.status(), run.err());
        assertTrue(run.out().contains("TM010-2pi/3"), run.out());
        JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        JsonNode band = summary.get("passband");
        assertEquals(3, band.get("cells").asInt());
        assertEquals("[0,1,2]", band.get("modes").toString());
        assertEquals("TM010-pi", summary.get("modes").get(2).get("label").asText());
        assertTrue(summary.get("modes").get(3).get("label").asText().startsWith("TM0#"));
        // Per-cell peaks of the axial E_z, a derivative of H: accurate to a few 1e-4 at order 4.
        assertEquals(1, band.get("fieldFlatness").asDouble(), 5e-4);
        double piMode = summary.get("modes").get(2).get("frequency_Hz").asDouble();
        double periodic = band.get("periodicCell").get("piModeFrequency_Hz").asDouble();
        assertEquals(periodic, piMode, 1e-8 * periodic);
        assertTrue(summary.get("timing_s").has("passband"));
        assertTrue(Files.exists(out.resolve("walls").resolve("TM010-2pi_3_wall.csv")));
        // L_active = N c / (2 f_pi).
        assertEquals(3 * 299_792_458.0 / (2 * piMode), band.get("activeLength_m").asDouble(), 1e-15);
        assertEquals(103.3088, summary.get("elliptical").get("wallAngle_deg").get("midCell").asDouble(), 1e-4);
    }

    /** Metal planes at the end irises give standing waves of phase 0 .. 2π/3: no π-mode, no passband section. */
    @Test
    void aChainClosedByMetalIrisPlanesHasNoPassbandSection() throws IOException {
        Path c = tmp.resolve("closed.json");
        Files.writeString(c, CHAIN.replace("\"magnetic\"", "\"metal\"").replace("\"modes\": 4", "\"modes\": 3"));
        Path out = tmp.resolve("closed");
        CliHarness.Run run = CliHarness.run("solve", c.toString(), "-o", out.toString());
        assertEquals(ExitCodes.OK, run.status(), run.err());
        assertTrue(run.err().contains("no passband"), run.err());
        JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        assertTrue(!summary.has("passband"));
        assertEquals("TM0#1", summary.get("modes").get(0).get("label").asText());
    }
}
