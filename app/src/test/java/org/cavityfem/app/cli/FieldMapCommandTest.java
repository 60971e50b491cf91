package org.cavityfem.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.cavityfem.output.OutputFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cavity fieldmap} on a result folder, and its refusals. */
class FieldMapCommandTest {

    static final Path PILLBOX = Path.of("..", "cases", "pillbox.json");

    @TempDir
    Path tmp;

    @Test
    void writesTheFourLayoutsAndTheirDescriptionIntoTheResultFolder() throws IOException {
        Path result = tmp.resolve("pillbox");
        CliHarness.Run solve = CliHarness.run("solve", PILLBOX.toString(), "--out", result.toString(), "--no-plots",
                "-q");
        assertEquals(ExitCodes.OK, solve.status(), solve.err());
        CliHarness.Run run = CliHarness.run("fieldmap", result.toString(), "--z", "-57.5 mm:57.5 mm:100", "--r",
                "0 mm:115 mm:20", "--norm", "Eacc=2 MV/m", "--harmonics", "10", "-q");
        assertEquals(ExitCodes.OK, run.status(), run.err());
        assertTrue(run.out().contains("101 x 21 points sampled in"), run.out());
        Path maps = result.resolve("fieldmaps");
        try (Stream<Path> s = Files.list(maps)) {
            assertEquals(List.of(OutputFolder.MANIFEST, "README.txt", "TM010.t7", "TM010_astra.dat", "TM010_gpt.txt",
                    "TM010_impactt.rfdata", "fieldmaps.json"), s.map(p -> p.getFileName().toString()).sorted().toList());
        }
        JsonNode j = new ObjectMapper().readTree(maps.resolve("fieldmaps.json").toFile());
        assertEquals("Eacc", j.path("normalisation").path("kind").asText());
        assertEquals(2e6, j.path("normalisation").path("value").asDouble());
        assertEquals(10, j.path("impactT").path("harmonics").asInt());
        String readme = Files.readString(maps.resolve("README.txt"));
        assertTrue(readme.contains("E(r,z,t) = E(r,z) cos(wt), B(r,z,t) = B(r,z) sin(wt)"), readme);
        assertTrue(readme.contains("E_acc = V_acc/L_active = 2000000.00 V/m"), readme);
    }

    @Test
    void badRequestsFailWithExitTwoAndWriteNothing() {
        Path out = tmp.resolve("maps");
        CliHarness.Run run = CliHarness.run("fieldmap", PILLBOX.toString(), "--mode", "2", "-o", out.toString(), "-q");
        assertEquals(ExitCodes.BAD_INPUT, run.status());
        assertTrue(run.err().contains("mode 2 does not exist"), run.err());
        run = CliHarness.run("fieldmap", PILLBOX.toString(), "--z", "0 mm:10 mm:0", "--r", "0 mm:1 mm:3", "-o",
                out.toString(), "-q");
        assertEquals(ExitCodes.BAD_INPUT, run.status());
        assertTrue(run.err().contains("at least 1 interval"), run.err());
        run = CliHarness.run("fieldmap", PILLBOX.toString(), "--z", "1 m:2 m:10", "--r", "0 m:1 m:3", "-o",
                out.toString(), "-q");
        assertEquals(ExitCodes.BAD_INPUT, run.status());
        assertTrue(run.err().contains("lies inside the cavity"), run.err());
        run = CliHarness.run("fieldmap", PILLBOX.toString(), "--norm", "peak=1", "-o", out.toString(), "-q");
        assertEquals(ExitCodes.BAD_INPUT, run.status());
        assertFalse(Files.exists(out));
    }

    private static final String CASE = "{\"name\": \"pbfm\", \"geometry\": {\"type\": \"pillbox\", \"radius\": "
            + "\"115 mm\", \"gap\": \"115 mm\"}, \"mesh\": {\"order\": 4, \"elementSize\": \"40 mm\"}, "
            + "\"output\": {\"plots\": false, \"fieldMaps\": [{\"mode\": 0, \"grid\": {\"z\": {\"from\": \"%s\", "
            + "\"to\": \"%s\", \"intervals\": 10}, \"r\": {\"from\": \"0 mm\", \"to\": \"115 mm\", "
            + "\"intervals\": 5}}}]}}";

    @Test
    void solveWritesTheMapsTheCaseAsksForAndRefusesAGridOutsideTheCavity() throws IOException {
        Path good = tmp.resolve("good.json");
        Files.writeString(good, String.format(CASE, "-57.5 mm", "57.5 mm"));
        Path out = tmp.resolve("good-out");
        CliHarness.Run run = CliHarness.run("solve", good.toString(), "--out", out.toString(), "-q");
        assertEquals(ExitCodes.OK, run.status(), run.err());
        assertTrue(Files.isRegularFile(out.resolve("fieldmaps/map_00/TM010.t7")));
        assertTrue(Files.isRegularFile(out.resolve("fieldmaps/map_00/fieldmaps.json")));
        Path bad = tmp.resolve("bad.json");
        Files.writeString(bad, String.format(CASE, "1 m", "2 m"));
        Path badOut = tmp.resolve("bad-out");
        run = CliHarness.run("solve", bad.toString(), "--out", badOut.toString(), "-q");
        assertEquals(ExitCodes.BAD_INPUT, run.status());
        assertTrue(run.err().contains("output.fieldMaps[0]: no point of the field map grid"), run.err());
        assertFalse(Files.exists(badOut));
    }

    @Test
    void solveWritesTheTransitTimeTablesTheCaseAsksFor() throws IOException {
        Path c = tmp.resolve("tt.json");
        Files.writeString(c, "{\"name\": \"tt\", \"geometry\": {\"type\": \"pillbox\", \"radius\": \"115 mm\", "
                + "\"gap\": \"115 mm\"}, \"mesh\": {\"order\": 4, \"elementSize\": \"40 mm\"}, "
                + "\"rf\": {\"betaTable\": [0.5, 1]}}");
        Path out = tmp.resolve("tt-out");
        CliHarness.Run run = CliHarness.run("solve", c.toString(), "--out", out.toString(), "-q");
        assertEquals(ExitCodes.OK, run.status(), run.err());
        assertEquals(5, Files.readAllLines(out.resolve("transit/TM010_transit.csv")).size());
        assertTrue(Files.isRegularFile(out.resolve("transit/TM010_T_beta.png")));
        JsonNode s = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        JsonNode rows = s.path("transitTime").path("modes").get(0).path("rows");
        assertEquals(4, rows.size());
        assertEquals(1.0, rows.get(2).path("beta").asDouble());
    }
}
