package org.cavityfem.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cases asking for m ≥ 1 or TE0 modes, end to end: the pillbox R = L = 115 mm, whose TE111, TM110
 * and TM111 lie at 1510.8021191, 1589.7731941 and 2055.8085759 MHz and TE011 at 2055.8085759 MHz
 * (Jackson §8.7: k² = (j'_11/R)² + (π/L)², (j_11/R)², (j_11/R)² + (π/L)², (j_11/R)² + (π/L)² with
 * j'_01 = j_11); bad solver sections exit with 2 and an empty window with 3, nothing written.
 */
class AzimuthalEndToEndTest {

    @TempDir
    Path tmp;

    private Path pillbox(String solver) throws IOException {
        return Files.writeString(tmp.resolve("case.json"), "{ \"name\": \"pillbox-hom\", \"geometry\": { \"type\": "
                + "\"pillbox\", \"radius\": \"115 mm\", \"gap\": \"115 mm\" }, \"mesh\": { \"order\": 5, "
                + "\"elementSize\": \"28.75 mm\" }, \"solver\": " + solver + " }\n");
    }

    @Test
    void dipoleModesWithLabelsAndTransverseRoverQ() throws IOException {
        Path out = tmp.resolve("out");
        CliHarness.Run run = CliHarness.run("solve", pillbox("{ \"m\": 1, \"modes\": 3 }").toString(), "--out",
                out.toString(), "--quiet");
        assertEquals(ExitCodes.OK, run.status(), run.err());
        JsonNode s = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        assertTrue(s.path("solver").path("inertiaCheck").path("complete").booleanValue());
        assertTrue(s.path("solver").path("gradientKernelDimension").intValue() > 0);
        double[] mhz = {1510.8021191, 1589.7731941, 2055.8085759};
        String[] family = {"TE-like", "TM-like", "TM-like"};
        for (int i = 0; i < 3; i++) {
            JsonNode mode = s.path("modes").get(i);
            assertEquals(1, mode.path("m").intValue());
            assertEquals(family[i], mode.path("family").asText());
            assertEquals(mhz[i], mode.path("frequency_Hz").doubleValue() / 1e6, 1e-6);
        }
        // Closed form of TransverseImpedanceTest: 46.5483 Ω; this coarse mesh is within 1e-4.
        assertEquals(46.5483, s.path("modes").get(1).path("RoverQ_perp_linac_ohm").doubleValue(), 5e-3);
        assertTrue(Files.readString(out.resolve("modes.csv")).startsWith("index,number,label,m,family,frequency_Hz"));
    }

    @Test
    void teMonopoleFamily() throws IOException {
        Path out = tmp.resolve("out");
        CliHarness.Run run = CliHarness.run("solve", pillbox("{ \"family\": \"TE\" }").toString(), "--out",
                out.toString(), "--quiet");
        assertEquals(ExitCodes.OK, run.status(), run.err());
        JsonNode mode = new ObjectMapper().readTree(out.resolve("summary.json").toFile()).path("modes").get(0);
        assertEquals("TE0#1", mode.path("label").asText());
        assertEquals(0, mode.path("m").intValue());
        assertEquals(2055.8085759, mode.path("frequency_Hz").doubleValue() / 1e6, 1e-5);
    }

    @Test
    void badSolverSectionsExitWithTwoAndWriteNothing() throws IOException {
        String[][] cases = {
            {"{ \"m\": -1 }", "solver.m"},
            {"{ \"m\": 1, \"family\": \"TE\" }", "solver.family"},
            {"{ \"family\": \"TX\" }", "solver.family"},
            {"{ \"m\": 1, \"from\": \"2 GHz\", \"to\": \"1 GHz\" }", "solver.to"},
            {"{ \"m\": 1, \"from\": \"2 GHz\" }", "solver.to"},
            {"{ \"from\": \"1 GHz\", \"to\": \"2 GHz\" }", "solver.from"},
        };
        for (String[] c : cases) {
            Path out = tmp.resolve("out");
            CliHarness.Run run = CliHarness.run("solve", pillbox(c[0]).toString(), "--out", out.toString());
            assertEquals(ExitCodes.BAD_INPUT, run.status(), c[0] + ": " + run.err());
            assertTrue(run.err().contains(c[1]), c[0] + ": " + run.err());
            assertFalse(Files.exists(out));
        }
    }

    @Test
    void emptyOrOverfullWindowExitsWithThreeAndWritesNothing() throws IOException {
        String[] solvers = {"{ \"m\": 1, \"from\": \"100 MHz\", \"to\": \"1 GHz\" }",
            "{ \"m\": 1, \"from\": \"1 GHz\", \"to\": \"3 GHz\", \"modes\": 2 }"};
        for (String solver : solvers) {
            Path out = tmp.resolve("out");
            CliHarness.Run run = CliHarness.run("solve", pillbox(solver).toString(), "--out", out.toString());
            assertEquals(ExitCodes.SOLVE_FAILED, run.status(), run.err());
            assertTrue(run.err().contains("m = 1"), run.err());
            assertFalse(Files.exists(out));
        }
    }
}
