package org.cavityfem.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The superconducting-surface results of {@code cavity solve} for the shipped pillbox (R = L =
 * 115 mm, E_acc = V_acc/L = 1 MV/m, niobium at 2 K). Closed form (TM010: E_z = E0 J0(kr),
 * H_phi = (E0/η0) J1(kr), k = j01/R): E_acc = E0 T with T = sin(kL/2)/(kL/2), H_pk = (E0/η0) J1max
 * with J1max = J1(1.8411837813406593) = 0.5818652242815963 (A&S Table 9.5), so vortices enter at
 * E_acc = H_c1(2 K) η0 T/J1max, H_c1(2 K) = 1.43e5 (1 − (2/9.25)²) A/m, on the end plate at
 * r = 1.84118/j01 R.
 */
class SurfaceResultsTest {

    @TempDir
    Path tmp;

    @Test
    void summaryAndWallTableCarryTheSkinLayerFigures() throws IOException {
        Path out = tmp.resolve("pillbox");
        CliHarness.Run run = CliHarness.run("solve", SolveEndToEndTest.PILLBOX.toString(), "--out", out.toString());
        assertEquals(ExitCodes.OK, run.status(), run.err());

        double eta0 = 1.25663706212e-6 * 299_792_458.0;
        double j01 = 2.404825557695773;
        double half = j01 / 0.115 * 0.115 / 2;
        double transit = Math.sin(half) / half;
        double hc1 = 1.43e5 * (1 - 4 / (9.25 * 9.25));
        double entry = hc1 * eta0 * transit / 0.5818652242815963;

        JsonNode s = new ObjectMapper().readTree(out.resolve("summary.json").toFile())
                .path("modes").get(0).path("superconductingSurface");
        assertEquals("niobium", s.path("material").asText());
        // The shipped case's 40 mm order-4 mesh (28 elements) resolves H_pk to about 5e-5.
        assertEquals(entry, s.path("vortexEntryEacc_V_per_m").doubleValue(), 2e-4 * entry);
        assertEquals(1.8411837813406593 / j01 * 0.115, s.path("vortexEntryLocation_m").get(1).doubleValue(), 1e-4);
        assertEquals(33535.9, s.path("heatingSpeedup").doubleValue(), 0.1);

        List<String> wall = Files.readAllLines(out.resolve("walls/TM010_wall.csv"));
        String header = wall.get(0);
        for (String column : List.of("electrons per xi0^2", "v0 superconducting (m/s)", "a0/xi0",
                "heating 1/2 sigma_n E_L^2 (W/m^3)", "enclosed charge q (C)")) {
            assertTrue(header.contains(column), header);
        }
        assertEquals(header.split(",").length, wall.get(1).split(",").length);
    }

    @Test
    void caseMaterialOverridesReachTheResults() throws IOException {
        String text = Files.readString(SolveEndToEndTest.PILLBOX).trim();
        text = text.substring(0, text.lastIndexOf('}'))
                + ",\n\"superconductor\": {\"temperature\": \"4.2 K\", \"lowerCriticalField\": \"1.6e5 A/m\"}\n}";
        Path caseFile = Files.writeString(tmp.resolve("warm.json"), text);
        Path out = tmp.resolve("warm");
        CliHarness.Run run = CliHarness.run("solve", caseFile.toString(), "--out", out.toString());
        assertEquals(ExitCodes.OK, run.status(), run.err());
        JsonNode s = new ObjectMapper().readTree(out.resolve("summary.json").toFile())
                .path("modes").get(0).path("superconductingSurface");
        assertEquals(4.2, s.path("temperature_K").doubleValue(), 0);
        assertEquals(1.6e5 * (1 - 4.2 * 4.2 / (9.25 * 9.25)), s.path("Hc1_A_per_m").doubleValue(), 1e-6);
    }
}
