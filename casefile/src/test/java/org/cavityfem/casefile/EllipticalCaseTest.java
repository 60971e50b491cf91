package org.cavityfem.casefile;

import static org.cavityfem.casefile.CaseReaderTest.assertAt;
import static org.cavityfem.casefile.CaseReaderTest.error;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.cavityfem.mesh.build.EllipticalHalfCell;
import org.cavityfem.mesh.geometry.BoundaryKind;
import org.junit.jupiter.api.Test;

class EllipticalCaseTest {

    private static final String MID = "{\"Req\": \"103.3 mm\", \"Ri\": \"35 mm\", \"A\": \"42 mm\", \"B\": \"42 mm\", "
            + "\"a\": \"12 mm\", \"b\": \"19 mm\", \"L\": \"57.7 mm\"}";

    static String elliptical(String members) {
        return "{\n\"name\": \"e\",\n\"geometry\": {\"type\": \"elliptical\",\n" + members + "\n}\n}";
    }

    @Test
    void readsTheShippedNineCellCase() {
        CaseFile file = CaseReader.read(Path.of("..", "cases", "tesla-9cell.json"));
        EllipticalGeometry g = assertInstanceOf(EllipticalGeometry.class, file.definition().geometry());
        assertEquals(9, g.cellCount());
        assertEquals(new EllipticalHalfCell(0.1033, 0.039, 0.0403, 0.0403, 0.010, 0.0135, 0.056), g.leftEnd());
        assertEquals(0.039, g.beamPipe().orElseThrow().radius());
        assertEquals(BoundaryKind.METAL, g.endPlanes());
        assertEquals(9 * 6 + 4 + 1, ContourFactory.build(file).size());
    }

    @Test
    void defaultsAndTheResolvedFileReadBackEqual() {
        CaseDefinition c = CaseReader.parse("case.json", elliptical("\"cells\": 2, \"midCell\": " + MID
                + ", \"endPlanes\": \"magnetic\"")).definition();
        EllipticalGeometry g = (EllipticalGeometry) c.geometry();
        assertEquals(Optional.empty(), g.leftEndCell());
        assertEquals(g.midCell(), g.rightEnd());
        assertEquals(Optional.empty(), g.midPlane());
        CaseDefinition again = CaseReader.parse("resolved.json", CaseWriter.toJson(c)).definition();
        assertEquals(c, again);
    }

    @Test
    void tuningNamesReachTheirHalfCells() {
        EllipticalGeometry g = (EllipticalGeometry) CaseReader.parse("case.json",
                elliptical("\"cells\": 1, \"midCell\": " + MID)).definition().geometry();
        // A single cell without separate end half-cells is all mid half-cell: both halves move.
        EllipticalGeometry wider = g.withParameter("midCell.Req", 0.104);
        assertEquals(0.104, wider.leftEnd().equatorRadius());
        assertEquals(0.104, wider.rightEnd().equatorRadius());
        EllipticalGeometry ends = g.withParameter("endCells.L", 0.056);
        assertEquals(0.056, ends.leftEnd().length());
        assertEquals(0.0577, ends.midCell().length());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> g.withParameter("midcell.Req", 0.1));
        assertTrue(e.getMessage().contains("midCell.Req"), e.getMessage());
    }

    @Test
    void geometryErrorsPointAtTheParameter() {
        // a + A > L and the ellipses overlap: no straight wall fits; reported at L of that half-cell.
        CaseException e = error(elliptical("\"cells\": 3,\n\"midCell\": " + MID + ",\n\"leftEndCell\": "
                + MID.replace("\"L\": \"57.7 mm\"", "\"L\": \"40 mm\"")));
        assertAt(e, "geometry.leftEndCell.L", 6);
        assertTrue(e.getMessage().contains("overlap"), e.getMessage());
        // An iris ellipse reaching above the equator (Ri + 2b = 115 mm > Req = 103.3 mm) is no error: only
        // its arc below the straight wall is built.
        assertTrue(ContourFactory.build(CaseReader.parse("case.json", elliptical("\"cells\": 3,\n\"midCell\": "
                + MID.replace("\"b\": \"19 mm\"", "\"b\": \"40 mm\"")))).area() > 0);
        e = error(elliptical("\"cells\": 3,\n\"midCell\": " + MID + ",\n\"rightEndCell\": "
                + MID.replace("103.3 mm", "100 mm")));
        assertAt(e, "geometry.rightEndCell.Req", 6);
    }

    @Test
    void strictKeysAndChoices() {
        CaseException e = error(elliptical("\"cells\": 3,\n\"midCell\": " + MID.replace("\"Req\"", "\"Rq\"")));
        assertTrue(e.getMessage().contains("unknown key \"Rq\""), e.getMessage());
        assertTrue(e.getMessage().contains("did you mean \"Req\""), e.getMessage());
        e = error(elliptical("\"midCell\": " + MID));
        assertTrue(e.getMessage().contains("missing required key \"cells\""), e.getMessage());
        e = error(elliptical("\"cells\": 3,\n\"midCell\": " + MID + ",\n\"midPlane\": \"metal\""));
        assertAt(e, "geometry.midPlane", 6);
        e = error(elliptical("\"cells\": 0,\n\"midCell\": " + MID));
        assertAt(e, "geometry.cells", 4);
        e = error(elliptical("\"cells\": 3,\n\"midCell\": " + MID.replace("\"57.7 mm\"", "57.7")));
        assertTrue(e.getMessage().contains("needs its unit"), e.getMessage());
    }

    /** A pipe on one end only, or different pipes on the two ends; beamPipe with either is ambiguous. */
    @Test
    void beamPipesMayDifferOrBeOnOneEndOnly() {
        String pipes = "\"cells\": 2,\n\"midCell\": " + MID + ",\n\"leftBeamPipe\": {\"radius\": \"39 mm\", "
                + "\"length\": \"100 mm\"},\n\"rightBeamPipe\": {\"radius\": \"45 mm\", \"length\": \"80 mm\"}";
        EllipticalGeometry both = (EllipticalGeometry) CaseReader.parse("case.json", elliptical(pipes))
                .definition().geometry();
        assertEquals(0.039, both.leftPipe().orElseThrow().radius());
        assertEquals(0.08, both.rightPipe().orElseThrow().length());
        assertTrue(both.beamPipe().isEmpty());
        // Written back with the same keys, it reads as the same geometry.
        CaseDefinition again = CaseReader.parse("again.json", CaseWriter.toJson(
                CaseReader.parse("case.json", elliptical(pipes)).definition())).definition();
        assertEquals(both, again.geometry());

        EllipticalGeometry right = (EllipticalGeometry) CaseReader.parse("case.json", elliptical(
                "\"cells\": 2,\n\"midCell\": " + MID + ",\n\"rightBeamPipe\": {\"radius\": \"39 mm\", "
                        + "\"length\": \"100 mm\"}")).definition().geometry();
        assertTrue(right.leftPipe().isEmpty() && right.rightPipe().isPresent());
        assertTrue(ContourFactory.contour(right).area() > 0);

        CaseException e = error(elliptical("\"cells\": 2,\n\"midCell\": " + MID + ",\n\"beamPipe\": {\"radius\": "
                + "\"39 mm\", \"length\": \"100 mm\"},\n\"leftBeamPipe\": {\"radius\": \"39 mm\", \"length\": \"1 m\"}"));
        assertTrue(e.getMessage().contains("leftBeamPipe") && e.getMessage().contains("beamPipe already"),
                e.getMessage());
    }
}
