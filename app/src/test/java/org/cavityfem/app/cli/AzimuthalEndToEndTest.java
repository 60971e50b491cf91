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
        JsonNode order = s.path("solver").path("orders").get(0);
        assertTrue(order.path("inertiaCheck").path("complete").booleanValue());
        assertTrue(order.path("gradientKernelDimension").intValue() > 0);
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
        assertTrue(Files.readString(out.resolve("modes.csv")).startsWith("index,label,number,m,family,frequency (Hz)"));
        // The wall figures of TM110 follow the TM010 form G = η0 k R L/(2(R + L)) (AzimuthalFiguresTest).
        double k = 3.831705970207512 / 0.115;
        assertEquals(376.730313668 * k * 0.115 / 4, s.path("modes").get(1).path("G_ohm").doubleValue(), 1e-3);
        assertEquals(1, s.path("modes").get(1).path("storedEnergy_J").doubleValue(), 0);
        assertEquals(0.01, s.path("modes").get(1).path("offset_m").doubleValue(), 0);
        assertTrue(Files.exists(out.resolve("hom.csv")));
        assertTrue(Files.exists(out.resolve("plots/hom_RoverQ.png")));
    }

    /**
     * The revolved ParaView view of TM110 shows the dipole: on an end plate E is normal to it,
     * E_x = E_z(r) cos φ, so at the same radius it is +E at φ = 0, −E at φ = π and 0 at φ = ±π/2.
     */
    @Test
    void revolvedViewShowsTheDipolePattern() throws IOException {
        Path out = tmp.resolve("out");
        Path c = Files.writeString(tmp.resolve("case.json"), "{ \"name\": \"pillbox-hom\", \"geometry\": { \"type\": "
                + "\"pillbox\", \"radius\": \"115 mm\", \"gap\": \"115 mm\" }, \"mesh\": { \"order\": 5, "
                + "\"elementSize\": \"28.75 mm\" }, \"solver\": { \"m\": 1, \"modes\": 2 }, \"output\": "
                + "{ \"paraviewEncoding\": \"ascii\", \"revolvedSteps\": 4 } }\n");
        CliHarness.Run run = CliHarness.run("solve", c.toString(), "--out", out.toString(), "--quiet");
        assertEquals(ExitCodes.OK, run.status(), run.err());
        String vtu = Files.readString(out.resolve("paraview/mode_01_revolved.vtu"));
        double[] p = asciiArray(vtu, "Points");
        double[] e = asciiArray(vtu, "E_V_per_m");
        int checked = 0;
        for (int i = 0; i + 3 < p.length / 3; i++) {
            double r = Math.hypot(p[3 * i + 1], p[3 * i + 2]);
            // Rings of four points: φ = 0, π/2, π, 3π/2 on the left end plate, away from the axis and rim.
            if (Math.abs(p[3 * i] + 0.0575) < 1e-12 && r > 0.01 && r < 0.1 && p[3 * i + 1] > 0 && p[3 * i + 2] == 0) {
                double ex = e[3 * i];
                assertTrue(Math.abs(ex) > 1e5, "E_x " + ex);
                assertEquals(0, e[3 * (i + 1)] / ex, 1e-9);
                assertEquals(-1, e[3 * (i + 2)] / ex, 1e-9);
                assertEquals(0, e[3 * (i + 3)] / ex, 1e-9);
                checked++;
            }
        }
        assertTrue(checked > 3, "rings checked: " + checked);
        assertTrue(Files.exists(out.resolve("paraview/mode_01_walls.vtp")));
        assertTrue(Files.exists(out.resolve("paraview/mode_01_meridian.vtu")));
    }

    private static double[] asciiArray(String vtu, String name) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("Name=\"" + name + "\"[^>]*>(.*?)</DataArray>",
                java.util.regex.Pattern.DOTALL).matcher(vtu);
        assertTrue(m.find(), name);
        return java.util.Arrays.stream(m.group(1).trim().split("\\s+")).mapToDouble(Double::parseDouble).toArray();
    }

    /**
     * A scan over m = 0 (TM and TE), 1 and 2: the HOM table lists every mode by frequency, with the
     * longitudinal R/Q for m = 0 and 2 and the transverse one for m = 1, and the impedance (R/Q) Q_L of
     * each when the case gives an external Q. TM010 of the pillbox is at c j01/(2πR) = 997.7611 MHz.
     */
    @Test
    void scanOverOrdersWritesTheHomTable() throws IOException {
        Path out = tmp.resolve("out");
        CliHarness.Run run = CliHarness.run("solve", pillbox("{ \"m\": [0, 1, 2], \"family\": [\"TM\", \"TE\"], "
                + "\"modes\": 2, \"externalQ\": { \"default\": 1e4, \"modes\": [{ \"m\": 1, \"number\": 2, \"Q\": 500 }] } }")
                .toString(), "--out", out.toString(), "--quiet");
        assertEquals(ExitCodes.OK, run.status(), run.err());
        JsonNode s = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        assertEquals(4, s.path("solver").path("orders").size());
        JsonNode hom = s.path("hom").path("modes");
        assertEquals(8, hom.size());
        double previous = 0;
        for (JsonNode row : hom) {
            double f = row.path("frequency_Hz").doubleValue();
            assertTrue(f >= previous);
            previous = f;
            boolean dipole = row.path("m").intValue() == 1;
            assertEquals(dipole, row.path("RoverQ_long_linac_ohm").isNull(), row.toString());
            assertEquals(!dipole, row.path("RoverQ_perp_linac_ohm_per_m").isNull(), row.toString());
            double q = row.path("loadedQ").doubleValue();
            // TM110 (m = 1, number 2) has its own external Q, every other mode the default.
            double external = row.path("label").asText().equals("TM-like m=1 #2") ? 500 : 1e4;
            assertEquals(external, row.path("externalQ").doubleValue(), 0, row.toString());
            assertEquals(1 / (1 / row.path("Q0").doubleValue() + 1 / external), q, 1e-9 * q);
        }
        assertEquals("TM010", hom.get(0).path("label").asText());
        assertEquals(997.7611, hom.get(0).path("frequency_Hz").doubleValue() / 1e6, 1e-3);
        String csv = Files.readString(out.resolve("hom.csv"));
        assertTrue(csv.startsWith("frequency (Hz),m,label,(R/Q)_long linac (Ohm),(R/Q)_perp linac (Ohm/m),Q0"), csv);
        assertEquals(9, csv.lines().count());
        assertTrue(Files.exists(out.resolve("plots/hom_impedance_long.svg")));
        assertTrue(Files.exists(out.resolve("plots/hom_impedance_perp.svg")));
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
            {"{ \"m\": [1, 1] }", "solver.m[1]"},
            {"{ \"m\": [] }", "solver.m"},
            {"{ \"m\": [1, -2] }", "solver.m[1]"},
            {"{ \"m\": [1, 2], \"family\": \"TE\" }", "solver.family"},
            {"{ \"m\": [0, 1], \"family\": [\"TE\", \"TE\"] }", "solver.family[1]"},
            {"{ \"m\": [0], \"from\": \"1 GHz\", \"to\": \"2 GHz\" }", "solver.from"},
            {"{ \"m\": 1, \"offset\": \"-1 mm\" }", "solver.offset"},
            {"{ \"m\": 1, \"externalQ\": 0 }", "solver.externalQ"},
            {"{ \"m\": 1, \"externalQ\": { \"modes\": [{ \"m\": 2, \"number\": 1, \"Q\": 1e3 }] } }",
                "solver.externalQ.modes[0].m"},
            {"{ \"m\": 1, \"externalQ\": { \"modes\": [{ \"m\": 1, \"number\": 1, \"Q\": 1e3 }, "
                + "{ \"m\": 1, \"number\": 1, \"Q\": 2e3 }] } }", "solver.externalQ.modes[1].number"},
            {"{ \"m\": 1, \"externalQ\": { \"modes\": [{ \"m\": 1, \"number\": 1, \"Q\": -5 }] } }",
                "solver.externalQ.modes[0].Q"},
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
