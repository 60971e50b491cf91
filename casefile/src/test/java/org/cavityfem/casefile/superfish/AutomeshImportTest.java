package org.cavityfem.casefile.superfish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.cavityfem.casefile.CaseDefinition;
import org.cavityfem.casefile.CaseException;
import org.cavityfem.casefile.CaseReader;
import org.cavityfem.casefile.CaseWriter;
import org.cavityfem.casefile.ContourGeometry;
import org.cavityfem.casefile.WallSegment;
import org.cavityfem.casefile.WallSegment.ArcTo;
import org.cavityfem.casefile.WallSegment.EllipticArcTo;
import org.cavityfem.casefile.WallSegment.LineTo;
import org.cavityfem.mesh.geometry.BoundaryKind;
import org.cavityfem.mesh.geometry.Contour;
import org.cavityfem.mesh.geometry.Point;
import org.junit.jupiter.api.Test;

/**
 * The Automesh input format, as the Poisson Superfish documentation describes it (LANL, LA-UR-87-115
 * and the Superfish 7 on-line manual, sections "PO namelist" and "REG namelist"), read from files
 * written for these tests: every construct maps onto the contour it describes, and the case written
 * out reads back equal (the round trip file -> case -> contour).
 */
class AutomeshImportTest {

    private static final Path DIR = Path.of("src", "test", "resources", "superfish");
    private static final double EPS = 1e-15;

    private static ImportedCase read(String name) {
        return AutomeshImport.read(DIR.resolve(name));
    }

    private static ContourGeometry geometry(ImportedCase c) {
        return assertInstanceOf(ContourGeometry.class, c.definition().geometry());
    }

    private static void assertPoint(double z, double r, Point p) {
        assertEquals(z, p.z(), 1e-15, "z of " + p);
        assertEquals(r, p.r(), 1e-15, "r of " + p);
    }

    /** Round trip: the case written out reads back equal, and its contour closes. */
    private static Contour roundTrip(CaseDefinition c) {
        CaseDefinition back = CaseReader.parse("import.json", CaseWriter.toJson(c)).definition();
        assertEquals(c, back);
        return back.geometry().contour();
    }

    @Test
    void pillboxInCentimetresWithTitleCommentsSeveralNamelistsPerLineAndTheDollarForms() {
        ImportedCase c = read("pillbox.af");
        CaseDefinition d = c.definition();
        assertEquals("pillbox", d.name());
        assertTrue(d.description().contains("Pillbox R = L = 11.5 cm"), d.description());
        assertTrue(d.description().contains("Written for the importer's tests"), "both title lines");
        ContourGeometry g = geometry(c);
        assertPoint(0, 0, g.start());
        List<WallSegment> s = g.segments();
        assertEquals(4, s.size());
        assertPoint(0, 0.115, s.get(0).to());
        assertPoint(0.115, 0.115, s.get(1).to());
        assertPoint(0.115, 0, s.get(2).to());
        assertPoint(0, 0, s.get(3).to());
        s.forEach(x -> assertInstanceOf(LineTo.class, x));
        // freq in MHz; dx = 1 cm of linear triangles -> order 4 x 1 cm.
        assertEquals(1e9, d.solver().targetFrequency().getAsDouble(), 1e-3);
        assertEquals(0.04, d.mesh().elementSize().getAsDouble(), EPS);
        assertEquals(4, roundTrip(d).segments().size());
    }

    @Test
    void conversionFactorCircularArcsWithRelativeEndPointsAndPolarEndPoints() {
        ImportedCase c = read("pillbox-mm.af");
        CaseDefinition d = c.definition();
        ContourGeometry g = geometry(c);
        // conv = 0.1 cm per user unit (mm): 105 -> 0.105 m. CONV "is the number of centimeters per
        // unit", inches being CONV = 2.54 (J. H. Billen, L. M. Young, Poisson Superfish, LA-UR-96-1834,
        // rev. 2006, Automesh, "Entering coordinate data in units other than centimeters"; text at
        // github.com/tnakaicode/LANL-PoissonSuperfish, Docs/SFCODES1.pdf).
        ArcTo first = assertInstanceOf(ArcTo.class, g.segments().get(1));
        assertPoint(0.010, 0.105, first.center());
        assertPoint(0.010, 0.115, first.to());
        assertFalse(first.counterClockwise(), "the 90 degree arc between the points turns clockwise");
        ArcTo second = assertInstanceOf(ArcTo.class, g.segments().get(3));
        assertPoint(0.115, 0.105, second.to());
        assertFalse(second.counterClockwise());
        // dx = 10 mm; freq = 1.0D3 MHz (Fortran D exponent); beta; ezerot in MV/m with norm=0.
        assertEquals(0.04, d.mesh().elementSize().getAsDouble(), EPS);
        assertEquals(1e9, d.solver().targetFrequency().getAsDouble(), 1e-3);
        assertEquals(0.8, d.rf().beta());
        assertEquals(2.5e6, d.rf().acceleratingField(), 1e-9);
        // The drive point is noted with its line, not mapped.
        assertEquals(2, c.notes().size(), c.notes().toString());
        assertTrue(c.notes().get(0).contains("pillbox-mm.af:2:") && c.notes().get(0).contains("xdri"));
        roundTrip(d);
    }

    @Test
    void ellipticArcsFromSemiAxesAndFromTheirRatio() {
        ContourGeometry g = geometry(read("ellipse.af"));
        EllipticArcTo a = assertInstanceOf(EllipticArcTo.class, g.segments().get(1));
        assertEquals(0.03, a.semiAxisZ(), EPS);
        assertEquals(0.015, a.semiAxisR(), EPS);
        assertPoint(0.03, 0.035, a.to());
        assertFalse(a.counterClockwise());
        // aovrb = 2 with the end 3 cm along x from the centre: b = 1.5 cm, a = 3 cm.
        EllipticArcTo b = assertInstanceOf(EllipticArcTo.class, g.segments().get(3));
        assertEquals(0.03, b.semiAxisZ(), EPS);
        assertEquals(0.015, b.semiAxisR(), EPS);
        assertPoint(0.10, 0.02, b.to());
        roundTrip(read("ellipse.af").definition());
    }

    @Test
    void polarPointsCircleArcsOfTypeFourAndBoundaryFlags() {
        ImportedCase c = read("polar.af");
        ContourGeometry g = geometry(c);
        double h = 0.05 / Math.sqrt(2);
        ArcTo arc = assertInstanceOf(ArcTo.class, g.segments().get(1));
        assertPoint(h, h, arc.to());
        assertFalse(arc.counterClockwise());
        assertPoint(0.05, 0, g.segments().get(2).to());
        // nbslf = 1: the line on the left edge of the problem is a magnetic (Dirichlet) plane.
        assertEquals(BoundaryKind.MAGNETIC, g.segments().get(0).boundary());
        assertEquals(BoundaryKind.METAL, g.segments().get(2).boundary());
        Contour contour = roundTrip(c.definition());
        assertTrue(contour.segments().stream().anyMatch(s -> s.kind() == BoundaryKind.AXIS), "r = 0 is the axis");
    }

    private static CaseException fails(String text) {
        return assertThrows(CaseException.class, () -> AutomeshImport.parse("bad.af", "bad", text));
    }

    private static final String REG = "title\n&reg kprob=1, icylin=1 &\n";
    private static final String BOX = "&po x=0,y=0 &\n&po x=0,y=1 &\n&po x=1,y=1 &\n&po x=1,y=0 &\n";

    @Test
    void syntaxErrorsNameLineAndColumn() {
        CaseException e = fails(REG + "&po x=0, y= &\n");
        assertEquals(3, e.location().line());
        assertEquals(13, e.location().column(), "at the '&' where the value should be");
        assertTrue(e.getMessage().startsWith("bad.af:3:13: "), e.getMessage());
        assertTrue(e.problem().contains("expected a value"), e.problem());
        e = fails(REG + "&po x=1..0, y=0 &\n");
        assertEquals(new org.cavityfem.casefile.SourceLocation(3, 7), e.location());
        assertTrue(e.problem().contains("'1..0' is not a number"), e.problem());
        e = fails(REG + "&po x=0 y 0 &\n");
        assertTrue(e.problem().contains("expected '=' after y"), e.problem());
        e = fails(REG + "&po x=0, y=0\n");
        assertEquals(3, e.location().line());
        assertTrue(e.problem().contains("not closed"), e.problem());
        e = fails(REG + "&po x=0, y=0 &po x=1 &\n");
        assertTrue(e.problem().contains("before &po (line 3) is closed"), e.problem());
    }

    @Test
    void unknownVariablesAndUnmappedConstructsAreErrorsAtTheirLine() {
        CaseException e = fails("t\n&reg kprob=1, icylin=1, frq=1300 &\n" + BOX + "&po x=0,y=0 &\n");
        assertEquals(new org.cavityfem.casefile.SourceLocation(2, 25), e.location());
        assertTrue(e.problem().contains("unknown variable 'frq' in &reg"), e.problem());
        e = fails(REG + "&po x=0, y=0, z=1 &\n");
        assertTrue(e.problem().contains("unknown variable 'z' in &po"), e.problem());
        e = fails(REG + BOX + "&po nt=3, x0=0, y0=0, x=0, y=0 &\n");
        assertEquals(7, e.location().line());
        assertTrue(e.problem().contains("hyperbola"), e.problem());
        e = fails(REG + BOX + "&po x=0,y=0 &\n&reg mat=2 &\n&po x=0.2,y=0.2 &\n");
        assertEquals(8, e.location().line());
        assertTrue(e.problem().contains("material"), e.problem());
        e = fails(REG + BOX + "&po x=0,y=0 &\n&mt mtid=2 &\n");
        assertTrue(e.problem().contains("material"), e.problem());
        e = fails("t\n&reg kprob=0, icylin=1 &\n" + BOX);
        assertTrue(e.problem().contains("Poisson"), e.problem());
        e = fails("t\n&reg kprob=1 &\n" + BOX);
        assertTrue(e.problem().contains("icylin=1"), e.problem());
        e = fails("t\n&reg kprob=1, icylin=1, epsil=2 &\n" + BOX);
        assertTrue(e.problem().contains("no counterpart"), e.problem());
    }

    @Test
    void pointsThatDoNotCloseAndArcsOffTheirCircleAreErrors() {
        CaseException e = fails(REG + BOX);
        assertEquals(6, e.location().line());
        assertTrue(e.problem().contains("do not close"), e.problem());
        // The arc's start (0, 1) is 1 from the centre (0, 0), its end 1.1: not on one circle.
        e = fails(REG + "&po x=0,y=0 &\n&po x=0,y=1 &\n&po nt=2,x0=0,y0=0,x=1.1,y=0 &\n&po x=0,y=0 &\n");
        assertEquals(5, e.location().line());
        assertTrue(e.problem().contains("not on its circle"), e.problem());
        e = fails(REG + "&po x=0,y=0 &\n&po x=0,y=1 &\n&po nt=2,x0=0,y0=0.5,x=0,y=-0.5 &\n&po x=0,y=0 &\n");
        assertTrue(e.problem().contains("half circle"), e.problem());
        e = fails(REG + "&po x=0,y=0 &\n&po x=0,y=1 &\n&po x=0,y=1 &\n&po x=1,y=0 &\n&po x=0,y=0 &\n");
        assertTrue(e.problem().contains("repeats the previous"), e.problem());
    }

    @Test
    void aPointOffItsArcByRoundingIsMovedOntoItWithANote() {
        ImportedCase c = AutomeshImport.parse("sf.af", "sf", REG
                + "&po x=0,y=0 &\n&po x=0,y=1 &\n&po nt=2,x0=0,y0=0,x=0.7071068,y=0.7071068,radius=1 &\n"
                + "&po x=1,y=0 &\n&po x=0,y=0 &\n");
        assertEquals(1, c.notes().size(), c.notes().toString());
        assertTrue(c.notes().get(0).startsWith("sf.af:5:"), c.notes().get(0));
        ArcTo arc = (ArcTo) geometry(c).segments().get(1);
        assertEquals(0.01, arc.to().distance(arc.center()), 1e-17);
        roundTrip(c.definition());
    }

    @Test
    void caseNamesComeFromTheFileName() {
        assertEquals("TESLA_cell", AutomeshImport.caseName(Path.of("dir", "TESLA cell.AF")));
        assertTrue(AutomeshImport.isAutomeshFile(Path.of("x.AM")));
        assertFalse(AutomeshImport.isAutomeshFile(Path.of("x.json")));
    }
}
