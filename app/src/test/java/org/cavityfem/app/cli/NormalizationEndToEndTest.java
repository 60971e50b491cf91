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
 * {@code rf.normalization}: what the fields are scaled to, per mode in summary.json, modes.csv and
 * the console table. The amplitudes follow from the definitions (design.md §2.7): U is what a
 * stored-energy normalization asks, E_pk what a peak-field one asks, E_acc what the default asks,
 * and the ratios do not depend on the scaling.
 */
class NormalizationEndToEndTest {

    private static final Path NINE_CELL = Path.of("..", "cases", "tesla-9cell.json");

    @TempDir
    Path tmp;

    private JsonNode solve(Path out, String... args) throws IOException {
        List<String> all = new java.util.ArrayList<>(List.of(args));
        all.addAll(List.of("--out", out.toString(), "--no-plots"));
        CliHarness.Run run = CliHarness.run(all.toArray(String[]::new));
        assertEquals(ExitCodes.OK, run.status(), run.err());
        return new ObjectMapper().readTree(out.resolve("summary.json").toFile());
    }

    /**
     * The TESLA 9-cell passband: scaled to E_acc = 1 MV/m, the modes below π showed E_pk of 36 to 2206
     * MV/m and U up to 1.1e5 J (their voltage nearly cancels along the axis). Their R/Q is below 1 %
     * of the π-mode's, so they are scaled to U = 1 J instead, and say so; the π-mode keeps E_acc.
     */
    @Test
    void modesWithNegligibleVoltageAreScaledToTheStoredEnergyAndSaySo() throws IOException {
        Path out = tmp.resolve("nine");
        CliHarness.Run run = CliHarness.run("solve", NINE_CELL.toString(), "--out", out.toString(), "--no-plots");
        assertEquals(ExitCodes.OK, run.status(), run.err());
        JsonNode modes = new ObjectMapper().readTree(out.resolve("summary.json").toFile()).path("modes");
        double largest = 0;
        for (JsonNode m : modes) {
            largest = Math.max(largest, m.path("RoverQ_ohm").asDouble());
        }
        for (JsonNode m : modes) {
            String label = m.path("label").asText();
            boolean pi = label.equals("TM010-pi");
            assertEquals(pi ? "Eacc" : "storedEnergy", m.path("normalization").asText(), label);
            if (pi) {
                assertEquals(1e6, m.path("Eacc_V_per_m").asDouble(), 1e-6, label);
                assertTrue(m.path("normalizationReason").isNull(), label);
            } else {
                assertEquals(1, m.path("storedEnergy_J").asDouble(), 1e-12, label);
                assertTrue(m.path("RoverQ_ohm").asDouble() < 1e-2 * largest, label);
                assertTrue(m.path("normalizationReason").asText().contains("negligible"), label);
            }
            assertTrue(m.path("Epk_V_per_m").asDouble() < 1e7, label + ": E_pk " + m.path("Epk_V_per_m"));
        }
        List<String> csv = Files.readAllLines(out.resolve("modes.csv"));
        assertTrue(csv.get(0).endsWith(",normalization"), csv.get(0));
        assertTrue(csv.get(1).endsWith(",storedEnergy") && csv.get(9).endsWith(",Eacc"), csv.toString());
        assertTrue(run.out().contains("scaled to"), run.out());
        assertTrue(run.out().contains("modes 0, 1, 2, 3, 4, 5, 6, 7: fields at stored energy U = 1.000 J"), run.out());
    }

    /** The pillbox TM010 scaled to U = 2.5 J and to E_pk = 40 MV/m; E_pk/E_acc stays 1/T either way. */
    @Test
    void storedEnergyAndPeakFieldNormalizations() throws IOException {
        JsonNode energy = solve(tmp.resolve("u"), "solve", SolveEndToEndTest.PILLBOX.toString(),
                "--set", "rf.normalization=storedEnergy", "--set", "rf.storedEnergy_J=2.5");
        JsonNode e = energy.path("modes").get(0);
        assertEquals("storedEnergy", e.path("normalization").asText());
        assertEquals(2.5, e.path("storedEnergy_J").asDouble(), 1e-12);
        assertEquals("storedEnergy", energy.path("rf").path("normalization").asText());

        JsonNode peak = solve(tmp.resolve("epk"), "solve", SolveEndToEndTest.PILLBOX.toString(),
                "--set", "rf.normalization=Epk", "--set", "rf.peakSurfaceField=40 MV/m");
        JsonNode p = peak.path("modes").get(0);
        assertEquals("Epk", p.path("normalization").asText());
        assertEquals(4e7, p.path("Epk_V_per_m").asDouble(), 1e-6);
        assertEquals(e.path("EpkOverEacc").asDouble(), p.path("EpkOverEacc").asDouble(), 1e-12);
        assertEquals(4e7 / p.path("EpkOverEacc").asDouble(), p.path("Eacc_V_per_m").asDouble(), 1e-3);
    }

    @Test
    void badNormalizationsAreRefusedAtTheirKey() {
        CliHarness.Run typo = CliHarness.run("solve", SolveEndToEndTest.PILLBOX.toString(), "--dry-run",
                "--set", "rf.normalization=storedenergy");
        assertEquals(ExitCodes.BAD_INPUT, typo.status(), typo.err());
        assertTrue(typo.err().contains("rf.normalization") && typo.err().contains("storedEnergy"), typo.err());
        CliHarness.Run negative = CliHarness.run("solve", SolveEndToEndTest.PILLBOX.toString(), "--dry-run",
                "--set", "rf.storedEnergy_J=-1");
        assertEquals(ExitCodes.BAD_INPUT, negative.status(), negative.err());
        assertTrue(negative.err().contains("rf.storedEnergy_J"), negative.err());
    }
}
