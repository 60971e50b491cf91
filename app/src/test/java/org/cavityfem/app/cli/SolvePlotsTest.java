package org.cavityfem.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cavity solve} writes plots/ with every mode's plots, and leaves it out with --no-plots. */
class SolvePlotsTest {

    @TempDir
    Path tmp;

    @Test
    void resultFolderHasReadablePlotsOfEveryMode() throws Exception {
        Path out = tmp.resolve("pillbox");
        CliHarness.Run run = CliHarness.run("solve", SolveEndToEndTest.PILLBOX.toString(), "--out", out.toString(),
                "--quiet");
        assertEquals(ExitCodes.OK, run.status(), run.err());
        Path plots = out.resolve("plots");
        List<String> files;
        try (Stream<Path> s = Files.list(plots)) {
            files = s.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertEquals(List.of("mode_00_axis_field.png", "mode_00_axis_field.svg", "mode_00_field_map.png",
                "mode_00_field_map.svg", "mode_00_wall_fields.png", "mode_00_wall_fields.svg"), files);
        for (String f : files) {
            Path p = plots.resolve(f);
            if (f.endsWith(".png")) {
                BufferedImage image = ImageIO.read(p.toFile());
                assertNotNull(image, f + " is not a readable PNG");
                assertTrue(image.getWidth() >= 700 && image.getHeight() >= 400, f + " is too small");
            } else {
                DocumentBuilderFactory xml = DocumentBuilderFactory.newInstance();
                xml.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
                assertEquals("svg", xml.newDocumentBuilder().parse(p.toFile()).getDocumentElement().getTagName());
            }
        }
        double seconds = new ObjectMapper().readTree(out.resolve("summary.json").toFile())
                .path("timing_s").path("plots").asDouble(-1);
        assertTrue(seconds >= 0, "timing_s.plots");
    }

    @Test
    void caseCanSwitchPlotsOffAndTheResolvedCaseSaysSo() throws IOException {
        Path c = Files.writeString(tmp.resolve("quiet.json"), Files.readString(SolveEndToEndTest.PILLBOX)
                .replace("\"solver\": { \"modes\": 1 }", "\"solver\": { \"modes\": 1 }, \"output\": { \"plots\": false }"));
        Path out = tmp.resolve("quiet");
        CliHarness.Run run = CliHarness.run("solve", c.toString(), "--out", out.toString(), "--quiet");
        assertEquals(ExitCodes.OK, run.status(), run.err());
        assertTrue(Files.notExists(out.resolve("plots")));
        assertEquals(false, new ObjectMapper().readTree(out.resolve("pillbox_resolved.json").toFile())
                .path("output").path("plots").asBoolean(true));
    }

    @Test
    void noPlotsLeavesThePlotFolderOut() throws IOException {
        Path out = tmp.resolve("pillbox");
        CliHarness.Run run = CliHarness.run("solve", SolveEndToEndTest.PILLBOX.toString(), "--out", out.toString(),
                "--quiet", "--no-plots");
        assertEquals(ExitCodes.OK, run.status(), run.err());
        assertTrue(Files.isRegularFile(out.resolve("summary.json")));
        assertTrue(Files.notExists(out.resolve("plots")));
        assertTrue(new ObjectMapper().readTree(out.resolve("summary.json").toFile()).path("timing_s")
                .path("plots").isMissingNode());
        assertEquals(false, new ObjectMapper().readTree(out.resolve("pillbox_resolved.json").toFile())
                .path("output").path("plots").asBoolean(true), "the resolved case records the override");
    }
}
