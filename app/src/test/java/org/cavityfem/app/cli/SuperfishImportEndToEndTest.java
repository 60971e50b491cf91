package org.cavityfem.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.cavityfem.casefile.CaseDefinition;
import org.cavityfem.casefile.CaseReader;
import org.cavityfem.casefile.superfish.AutomeshImport;
import org.cavityfem.mesh.geometry.CircularArc;
import org.cavityfem.mesh.geometry.ContourSegment;
import org.cavityfem.mesh.geometry.EllipticArc;
import org.cavityfem.mesh.geometry.Point;
import org.cavityfem.solver.ModeSolver;
import org.cavityfem.study.PreparedCase;
import org.cavityfem.study.Study;
import org.cavityfem.units.PhysicalConstants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Superfish Automesh files through the command line: an imported pillbox and an imported elliptical
 * cell give the modes of the same cavities written as case files, and bad files fail cleanly.
 */
class SuperfishImportEndToEndTest {

    static final Path AF = Path.of("..", "casefile", "src", "test", "resources", "superfish");

    @TempDir
    Path tmp;

    private static double frequency(PreparedCase c) {
        return new Study(new ModeSolver()).run(c).solution().modes().get(0).frequency();
    }

    /**
     * pillbox.af is cases/pillbox.json (R = L = 115 mm, 40 mm order-4 elements) in Superfish's
     * format: the same TM010 frequency as the case file to rounding, and the closed form
     * f = c j01 / (2π R) to the case's accuracy (3e-11, its comment).
     */
    @Test
    void importedPillboxGivesTheModeOfTheCaseFile() throws IOException {
        Path json = tmp.resolve("pillbox-imported.json");
        CliHarness.Run run = CliHarness.run("import", AF.resolve("pillbox.af").toString(), "-o", json.toString());
        assertEquals(ExitCodes.OK, run.status(), run.err());
        CaseDefinition imported = CaseReader.read(json).definition();
        double fImported = frequency(PreparedCase.of("imported", imported));
        double fJson = frequency(PreparedCase.read(Path.of("..", "cases", "pillbox.json")));
        double exact = PhysicalConstants.SPEED_OF_LIGHT * PhysicalConstants.J01 / (2 * Math.PI * 0.115);
        assertEquals(fJson, fImported, 1e-10 * fJson);
        assertEquals(exact, fImported, 1e-9 * exact);
    }

    /**
     * The TESLA mid-cell of cases/tesla-midcell.json written as an Automesh file: its tangent points
     * printed to 17 digits in mm (conv = 0.1 cm per unit), the iris and equator arcs as elliptic arcs
     * (a, b) about their centres with the end points relative to the centres, circular arcs as polar points (r, theta), and
     * magnetic iris planes as nbslf = nbsrt = 1. Imported and meshed alike, it has the frequency of
     * the case file (1300.958 MHz) to 1e-9.
     */
    @Test
    void importedEllipticalCellGivesTheModeOfTheCaseFile() throws IOException {
        PreparedCase json = PreparedCase.read(Path.of("..", "cases", "tesla-midcell.json"));
        StringBuilder af = new StringBuilder("TESLA mid-cell, pi-mode (magnetic iris planes)\n");
        af.append("&reg kprob=1, icylin=1, conv=0.1, freq=1300, nbslf=1, nbsrt=1 &\n");
        ContourSegment first = json.contour().segments().get(0);
        af.append(point("", first.shape().pointAt(0)));
        for (ContourSegment s : json.contour().segments()) {
            Point end = s.shape().pointAt(1);
            if (s.shape() instanceof EllipticArc e) {
                af.append(String.format(Locale.ROOT, "&po nt=2, x0=%.17g, y0=%.17g, a=%.17g, b=%.17g, x=%.17g, "
                        + "y=%.17g &%n", mm(e.center().z()), mm(e.center().r()), mm(e.semiAxisZ()),
                        mm(e.semiAxisR()), mm(end.z() - e.center().z()), mm(end.r() - e.center().r())));
            } else if (s.shape() instanceof CircularArc c) {
                double theta = Math.toDegrees(Math.atan2(end.r() - c.center().r(), end.z() - c.center().z()));
                af.append(String.format(Locale.ROOT, "&po nt=2, x0=%.17g, y0=%.17g, r=%.17g, theta=%.17g &%n",
                        mm(c.center().z()), mm(c.center().r()), mm(c.radius()), theta));
            } else {
                af.append(point("", end));
            }
        }
        Path file = tmp.resolve("tesla-midcell.af");
        Files.writeString(file, af.toString());
        CaseDefinition imported = AutomeshImport.read(file).definition().withMesh(json.resolved().mesh());
        double fImported = frequency(PreparedCase.of("imported", imported));
        double fJson = frequency(json);
        assertEquals(fJson, fImported, 1e-9 * fJson, af.toString());
        assertEquals(1300.958e6, fImported, 1e3);
    }

    private static double mm(double metres) {
        return metres * 1e3;
    }

    private static String point(String prefix, Point p) {
        return String.format(Locale.ROOT, "&po %sx=%.17g, y=%.17g &%n", prefix, mm(p.z()), mm(p.r()));
    }

    @Test
    void solveRunsAnAutomeshFileDirectly() throws IOException {
        Path out = tmp.resolve("result");
        CliHarness.Run run = CliHarness.run("solve", AF.resolve("pillbox-mm.af").toString(), "--out",
                out.toString(), "--no-plots", "-q");
        assertEquals(ExitCodes.OK, run.status(), run.err());
        assertTrue(run.err().contains("note: ") && run.err().contains("xdri"), run.err());
        var summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        assertEquals(0.8, summary.path("modes").get(0).path("beta").asDouble());
    }

    @Test
    void aBadFileFailsWithLineAndColumnAndWritesNothing() throws IOException {
        Path bad = tmp.resolve("bad.af");
        Files.writeString(bad, "title\n&reg kprob=1, icylin=1 &\n&po x=0, y=0 &\n&po x=0, y=1..5 &\n");
        Path json = tmp.resolve("bad.json");
        CliHarness.Run run = CliHarness.run("import", bad.toString(), "-o", json.toString());
        assertEquals(ExitCodes.BAD_INPUT, run.status());
        assertTrue(run.err().contains("bad.af:4:12: '1..5' is not a number"), run.err());
        assertFalse(Files.exists(json));
        try (var files = Files.list(tmp)) {
            assertEquals(1, files.count(), "no temporary file left");
        }
        run = CliHarness.run("solve", bad.toString(), "--out", tmp.resolve("out").toString());
        assertEquals(ExitCodes.BAD_INPUT, run.status());
        assertFalse(Files.exists(tmp.resolve("out")));
    }

    /** A contour that crosses itself is reported at the &po line that draws the offending segment. */
    @Test
    void aCrossingContourIsReportedAtItsPoLine() throws IOException {
        Path bow = tmp.resolve("bow.af");
        Files.writeString(bow, "bow tie\n&reg kprob=1, icylin=1 &\n&po x=0, y=0 &\n&po x=0, y=2 &\n&po x=2, y=0 &\n"
                + "&po x=2, y=2 &\n&po x=1, y=3 &\n&po x=0, y=0 &\n");
        CliHarness.Run run = CliHarness.run("import", bow.toString());
        assertEquals(ExitCodes.BAD_INPUT, run.status());
        assertTrue(run.err().matches("(?s)error: .*bow\\.af:[4-8]:1: .*crosses itself.*the &po on line [4-8].*"),
                run.err());
    }

    /**
     * A mesh the machine cannot make, from a gap of 0.1 µm (1e-5 cm) between the end plates of a
     * 115 mm pillbox: refused before meshing, at the &po line that draws the wall where the finest
     * elements are asked for (the plate from that point), not at the generated case's JSON path.
     */
    @Test
    void aMeshErrorNamesTheSuperfishLineOfTheSegment() throws IOException {
        Path gap = tmp.resolve("gap.af");
        Files.writeString(gap, "thin gap\n&reg kprob=1, icylin=1 &\n&po x=0, y=0 &\n&po x=1.0e-5, y=0 &\n"
                + "&po x=1.0e-5, y=11.5 &\n&po x=0, y=11.5 &\n&po x=0, y=0 &\n");
        CliHarness.Run run = CliHarness.run("solve", gap.toString(), "--out", tmp.resolve("out").toString());
        assertEquals(ExitCodes.BAD_INPUT, run.status());
        assertTrue(run.err().matches("(?s).*error: .*gap\\.af:5:1: .*nodes requested.*the &po on line 5.*"), run.err());
        assertFalse(run.err().contains("geometry.segments"), run.err());
        assertFalse(Files.exists(tmp.resolve("out")));
    }
}
