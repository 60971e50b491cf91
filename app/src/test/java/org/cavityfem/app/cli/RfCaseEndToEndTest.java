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

/** The rf section end to end: a superconducting case runs; a bad model stops with exit 2 and no folder. */
class RfCaseEndToEndTest {

    @TempDir
    Path tmp;

    private Path pillboxWith(String rf) throws IOException {
        String text = Files.readString(SolveEndToEndTest.PILLBOX);
        int start = text.indexOf("\"rf\"");
        return Files.writeString(tmp.resolve("case.json"), text.substring(0, start) + "\"rf\": " + rf + "\n}\n");
    }

    @Test
    void superconductingWallsReportTheirModelAndNoKilpatrickRatio() throws IOException {
        Path c = pillboxWith("{ \"acceleratingField\": \"20 MV/m\", \"surfaceResistance\": "
                + "{ \"model\": \"bcsPadamsee\", \"temperature\": \"2 K\", \"residualResistance\": \"10 nOhm\" } }");
        Path out = tmp.resolve("out");
        CliHarness.Run run = CliHarness.run("solve", c.toString(), "--out", out.toString(), "--quiet");
        assertEquals(ExitCodes.OK, run.status(), run.err());
        JsonNode s = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        JsonNode model = s.path("rf").path("surfaceResistance");
        assertEquals("bcsPadamsee", model.path("model").asText());
        assertEquals(2.0, model.path("temperature_K").doubleValue());
        assertEquals(1e-8, model.path("residualResistance_ohm").doubleValue());
        JsonNode mode = s.path("modes").get(0);
        assertTrue(mode.path("kilpatrickRatio").isNull());
        assertEquals(20e6, mode.path("Eacc_V_per_m").doubleValue(), 1e-6 * 20e6);
        // Rs = 2e-4/2 (f/1.5 GHz)² exp(−17.67/2) + 1e-8 at f = 997.76 MHz.
        double f = mode.path("frequency_Hz").doubleValue();
        double rs = 1e-4 * Math.pow(f / 1.5e9, 2) * Math.exp(-8.835) + 1e-8;
        assertEquals(rs, mode.path("surfaceResistance_ohm").doubleValue(), 1e-15 * rs);
        assertEquals(mode.path("G_ohm").doubleValue() / rs, mode.path("Q0").doubleValue(), 1e-9 * mode.path("Q0").doubleValue());
        assertTrue(Files.readString(out.resolve("pillbox_resolved.json")).contains("\"10 nOhm\"")
                || Files.readString(out.resolve("pillbox_resolved.json")).contains("\"0.00000001 Ohm\""));
    }

    @Test
    void temperatureAboveTcExitsWith2AndWritesNothing() throws IOException {
        Path c = pillboxWith("{ \"surfaceResistance\": { \"model\": \"bcsPiel\", \"temperature\": \"12 K\", "
                + "\"residualResistance\": \"0 Ohm\" } }");
        Path out = tmp.resolve("out");
        CliHarness.Run run = CliHarness.run("solve", c.toString(), "--out", out.toString());
        assertEquals(ExitCodes.BAD_INPUT, run.status(), run.err());
        assertTrue(run.err().contains("rf.surfaceResistance.temperature"), run.err());
        assertTrue(run.err().contains("not below"), run.err());
        assertFalse(Files.exists(out));
    }

    /** A voltage range beside the axis would leave R/Q and E_acc undefined: refused before meshing. */
    @Test
    void aVoltageRangeOutsideTheAxisExitsWith2AndWritesNothing() throws IOException {
        // The pillbox's axis runs from z = 0 to its gap, 115 mm.
        Path c = pillboxWith("{ \"voltageRange\": { \"from\": \"500 mm\", \"to\": \"600 mm\" } }");
        Path out = tmp.resolve("out");
        CliHarness.Run run = CliHarness.run("solve", c.toString(), "--out", out.toString());
        assertEquals(ExitCodes.BAD_INPUT, run.status(), run.err());
        assertTrue(run.err().contains("rf.voltageRange") && run.err().contains("outside the cavity's axis"), run.err());
        assertFalse(Files.exists(out));
    }

    /** Fields are scaled to E_acc; one so large that U ∝ E_acc² overflows is refused, not written as null. */
    @Test
    void anAbsurdAcceleratingFieldExitsWith2() throws IOException {
        Path c = pillboxWith("{ \"acceleratingField\": \"1e300 MV/m\" }");
        CliHarness.Run run = CliHarness.run("solve", c.toString(), "--dry-run");
        assertEquals(ExitCodes.BAD_INPUT, run.status(), run.err());
        assertTrue(run.err().contains("rf.acceleratingField") && run.err().contains("beyond any accelerating field"),
                run.err());
    }
}
