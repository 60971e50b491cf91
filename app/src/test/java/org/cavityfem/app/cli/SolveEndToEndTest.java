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
import java.util.Map;
import java.util.stream.Stream;
import org.cavityfem.casefile.CaseDefinition;
import org.cavityfem.casefile.CaseReader;
import org.cavityfem.output.OutputFolder;
import org.cavityfem.solver.ModeSolver;
import org.cavityfem.units.PhysicalConstants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped pillbox case through the whole command: read, mesh, solve, write. */
class SolveEndToEndTest {

    /** The case file shipped with the project (tests run in the tools module folder). */
    static final Path PILLBOX = Path.of("..", "cases", "pillbox.json");

    @TempDir
    Path tmp;

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void pillboxCaseWritesTheContractFilesAndTheClosedFormFrequency() throws IOException {
        Path out = tmp.resolve("pillbox");
        // Plots switched off: they are checked in SolvePlotsTest.
        CliHarness.Run run = CliHarness.run("solve", PILLBOX.toString(), "--out", out.toString(), "--no-plots");
        assertEquals(ExitCodes.OK, run.status(), run.err());
        assertEquals(List.of(OutputFolder.MANIFEST, "modes.csv", "paraview", "pillbox_resolved.json", "summary.json",
                "walls"), names(out));
        assertEquals(List.of("TM010_segments.csv", "TM010_wall.csv"), names(out.resolve("walls")));
        assertEquals(List.of("mode_00_meridian.vtu", "mode_00_walls.vtp", "modes.pvd"), names(out.resolve("paraview")));
        assertTrue(Files.readString(out.resolve("paraview/modes.pvd")).contains("file=\"mode_00_meridian.vtu\""));
        assertEquals(List.of("pillbox"), names(tmp), "no staging folder left behind");

        JsonNode s = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        for (String key : List.of("case", "units", "mesh", "solver", "timing_s", "modes")) {
            assertTrue(s.has(key), key);
        }
        for (String key : List.of("elements", "order", "dofs", "minAngle_deg")) {
            assertTrue(s.path("mesh").has(key), key);
        }
        for (String stage : List.of("read", "mesh", "assemble", "eigen", "figures", "paraview", "write", "total")) {
            assertTrue(s.path("timing_s").path(stage).doubleValue() >= 0, stage);
        }
        assertTrue(s.path("solver").path("inertiaCheck").path("complete").asBoolean());
        // The stages are disjoint and add up to the total (what falls between them is "other").
        double stages = 0;
        for (Map.Entry<String, JsonNode> stage : (Iterable<Map.Entry<String, JsonNode>>) s.path("timing_s")::fields) {
            stages += stage.getKey().equals("total") ? 0 : stage.getValue().doubleValue();
        }
        assertEquals(s.path("timing_s").path("total").doubleValue(), stages, 1e-9);
        assertTrue(s.path("timing_s").has("other"));
        JsonNode mode = s.path("modes").get(0);
        assertEquals("TM010", mode.path("label").asText());
        for (String key : List.of("index", "frequency_Hz", "k_per_m", "storedEnergy_J", "powerLoss_W", "Q0", "G_ohm",
                "RoverQ_ohm", "RoverQ_circuit_ohm", "transitTimeFactor", "Vacc_V", "Eacc_V_per_m", "Epk_V_per_m",
                "Hpk_A_per_m", "Bpk_T", "EpkOverEacc", "BpkOverEacc_mT_per_MVm", "EaccOverHpk_ohm", "Epk_location_m",
                "Hpk_location_m", "relativeResidual", "label", "chargeCurrentMaxRelativeMismatch")) {
            assertTrue(mode.has(key), key);
        }
        // The case asks for 1 MV/m over the gap.
        assertEquals(1e6, mode.path("Eacc_V_per_m").doubleValue(), 1e-6);
        assertEquals("normalConductor", s.path("rf").path("surfaceResistance").path("model").asText());
        // TM010 of a pillbox: k = j01 / R, f = c j01 / (2π R) (Jackson, Classical Electrodynamics, §8.7).
        double exact = PhysicalConstants.SPEED_OF_LIGHT * PhysicalConstants.J01 / (2 * Math.PI * 0.115);
        double f = mode.path("frequency_Hz").doubleValue();
        assertEquals(exact, f, 1e-9 * exact, "relative error " + Math.abs(f - exact) / exact);

        String csv = Files.readString(out.resolve("modes.csv"));
        assertTrue(csv.startsWith("index,label,frequency (Hz),k (1/m),relative residual,U (J),"), csv);
        assertEquals(f, Double.parseDouble(csv.split("\n")[1].split(",")[2]));
        CaseDefinition resolved = CaseReader.read(out.resolve("pillbox_resolved.json")).definition();
        CaseDefinition original = CaseReader.read(PILLBOX).definition();
        // The resolved case records what was run: everything as in the case, plots switched off by --no-plots.
        assertEquals(original.withOutput(original.output().withPlots(false)), resolved,
                "the pillbox case has no open defaults");

        assertTrue(run.out().contains("TM010"), run.out());
        assertTrue(run.err().contains("mesh"), "progress on standard error: " + run.err());
    }

    /** --ascii and --revolved change the ParaView files and are recorded in the resolved case. */
    @Test
    void paraviewFlagsGiveAsciiFilesAndTheRevolvedView() throws IOException {
        Path out = tmp.resolve("pillbox");
        CliHarness.Run run = CliHarness.run("solve", PILLBOX.toString(), "--out", out.toString(), "--ascii",
                "--revolved=8", "--quiet");
        assertEquals(ExitCodes.OK, run.status(), run.err());
        assertEquals(List.of("mode_00_meridian.vtu", "mode_00_revolved.vtu", "mode_00_walls.vtp", "modes.pvd"),
                names(out.resolve("paraview")));
        String meridian = Files.readString(out.resolve("paraview/mode_00_meridian.vtu"));
        assertTrue(meridian.contains("format=\"ascii\"") && !meridian.contains("AppendedData"));
        CaseDefinition resolved = CaseReader.read(out.resolve("pillbox_resolved.json")).definition();
        assertEquals(8, resolved.output().revolvedSteps());
        assertEquals("ascii", resolved.output().paraviewEncoding().key());
    }

    @Test
    void tooFewRevolvedStepsAreBadInputAndWriteNothing() {
        Path out = tmp.resolve("pillbox");
        CliHarness.Run run = CliHarness.run("solve", PILLBOX.toString(), "--out", out.toString(), "--revolved=2");
        assertEquals(ExitCodes.BAD_INPUT, run.status(), run.err());
        assertTrue(run.err().contains("--revolved needs 3 to 3600 angular steps"), run.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void noModeNearTheTargetExitsWith3AndWritesNothing() throws IOException {
        Path c = Files.writeString(tmp.resolve("far.json"), Files.readString(PILLBOX)
                .replace("\"solver\": { \"modes\": 1 }", "\"solver\": { \"modes\": 1, \"targetFrequency\": \"500 MHz\" }"));
        Path out = tmp.resolve("far");
        CliHarness.Run run = CliHarness.run("solve", c.toString(), "--out", out.toString(), "--quiet");
        assertEquals(ExitCodes.SOLVE_FAILED, run.status(), run.err());
        assertTrue(run.err().contains("the modes could not be found"), run.err());
        assertFalse(Files.exists(out));
        assertEquals(List.of("far.json"), names(tmp));
    }

    @Test
    void internalErrorsExitWith1AndShowTheStackTraceOnlyWithDebug() {
        CliHarness.Run plain = CliHarness.run(SolveEndToEndTest::broken, "solve", PILLBOX.toString(), "--quiet",
                "--out", tmp.resolve("x").toString());
        assertEquals(ExitCodes.UNEXPECTED, plain.status());
        assertTrue(plain.err().contains("internal error: java.lang.IllegalStateException: broken"), plain.err());
        assertFalse(plain.err().contains("\tat "), plain.err());
        CliHarness.Run debug = CliHarness.run(SolveEndToEndTest::broken, "solve", "--debug", PILLBOX.toString(),
                "--quiet", "--out", tmp.resolve("x").toString());
        assertEquals(ExitCodes.UNEXPECTED, debug.status());
        assertTrue(debug.err().contains("\tat "), debug.err());
    }

    private static ModeSolver broken() {
        throw new IllegalStateException("broken");
    }

    @Test
    void everyShippedCaseIsValid() throws IOException {
        try (Stream<Path> cases = Files.list(Path.of("..", "cases"))) {
            for (Path c : cases.filter(p -> p.toString().endsWith(".json")).toList()) {
                CliHarness.Run run = CliHarness.run("solve", "--dry-run", c.toString());
                assertEquals(ExitCodes.OK, run.status(), c + ": " + run.err());
            }
        }
    }
}
