package org.cavityfem.casefile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalDouble;
import org.cavityfem.casefile.WallSegment.ArcTo;
import org.cavityfem.mesh.geometry.BoundaryKind;
import org.cavityfem.mesh.geometry.Point;
import org.junit.jupiter.api.Test;

class CaseReaderTest {

    /** A quarter-disc cap on a rectangle: axis, side walls, a circular arc; exercises every section. */
    static final String CONTOUR_CASE = """
            {
              // a comment, as the format allows
              "name": "capped",
              "geometry": {
                "type": "contour",
                "start": {"z": "0 mm", "r": "0 mm"},
                "segments": [
                  {"type": "line", "to": {"z": "100 mm", "r": "0 mm"}},
                  {"type": "line", "to": {"z": "100 mm", "r": "50 mm"}, "boundary": "electric"},
                  {"type": "arc", "to": {"z": "50 mm", "r": "100 mm"}, "center": {"z": "50 mm", "r": "50 mm"},
                   "direction": "ccw"},
                  {"type": "line", "to": {"z": "0 mm", "r": "100 mm"}},
                  {"type": "line", "to": {"z": "0 mm", "r": "0 mm"}}
                ]
              },
              "mesh": {"order": 3, "elementSize": "1 cm"},
              "solver": {"modes": 2, "targetFrequency": "2 GHz"}
            }
            """;

    static CaseException error(String text) {
        return assertThrows(CaseException.class, () -> CaseReader.parse("case.json", text));
    }

    static void assertAt(CaseException e, String path, int line) {
        assertEquals(path, e.path(), e.getMessage());
        assertEquals(line, e.location().line(), e.getMessage());
        assertTrue(e.getMessage().startsWith("case.json:" + line + ":"), e.getMessage());
        assertTrue(e.getMessage().contains(path), e.getMessage());
    }

    static String pillbox(String geometryMembers, String rest) {
        return "{\n\"name\": \"p\",\n\"geometry\": {\"type\": \"pillbox\"" + geometryMembers + "}" + rest + "\n}";
    }

    @Test
    void readsAGeneralContourWithItsDefaults() {
        CaseDefinition c = CaseReader.parse("case.json", CONTOUR_CASE).definition();
        assertEquals("capped", c.name());
        assertEquals("", c.description());
        ContourGeometry g = assertInstanceOf(ContourGeometry.class, c.geometry());
        assertEquals(new Point(0, 0), g.start());
        assertEquals(5, g.segments().size());
        assertEquals(BoundaryKind.METAL, g.segments().get(0).boundary());
        assertEquals(BoundaryKind.ELECTRIC, g.segments().get(1).boundary());
        ArcTo arc = assertInstanceOf(ArcTo.class, g.segments().get(2));
        assertEquals(new Point(0.05, 0.05), arc.center());
        assertTrue(arc.counterClockwise());
        assertEquals(3, c.mesh().order());
        assertEquals(OptionalDouble.of(0.01), c.mesh().elementSize());
        assertEquals(MeshSpec.defaults().grading(), c.mesh().grading());
        assertTrue(c.mesh().singularRefinement());
        assertEquals(2, c.solver().modes());
        assertEquals(OptionalDouble.of(2e9), c.solver().targetFrequency());
    }

    @Test
    void readsPresetsAndFillsSectionDefaults() {
        CaseDefinition c = CaseReader.parse("case.json", pillbox(
                ", \"radius\": \"115 mm\", \"gap\": \"11.5 cm\", \"beamPipe\": {\"radius\": \"2 cm\", \"length\": \"40 mm\"}",
                "")).definition();
        PillboxGeometry p = assertInstanceOf(PillboxGeometry.class, c.geometry());
        assertEquals(0.115, p.radius());
        assertEquals(0.115, p.gap());
        assertEquals(new PillboxGeometry.BeamPipe(0.02, 0.04), p.beamPipe().orElseThrow());
        assertEquals(MeshSpec.defaults(), c.mesh());
        assertEquals(SolverSpec.defaults(), c.solver());
    }

    @Test
    void unknownKeyIsNamedWithASuggestion() {
        CaseException e = error(pillbox(", \"radius\": \"1 m\", \"gap\": \"1 m\"", ",\n\"mesh\": {\"oder\": 3}"));
        assertAt(e, "mesh.oder", 4);
        assertTrue(e.getMessage().contains("unknown key \"oder\""), e.getMessage());
        assertTrue(e.getMessage().contains("did you mean \"order\""), e.getMessage());
    }

    /**
     * An unknown top-level key is refused where the reader meets it, before its value is read: a
     * stray key holding megabytes of numbers (issue 11, item 19) no longer builds the whole tree and
     * the place of every number first. The text after the key is not even valid JSON here; the
     * message is about the key.
     */
    @Test
    void unknownTopLevelKeyIsRefusedBeforeItsValueIsRead() {
        CaseException e = error("{\"name\": \"big\",\n  \"junk\": [1.5, 2.5, 3.5 ] ] ] }");
        assertAt(e, "junk", 2);
        assertTrue(e.getMessage().contains("unknown key \"junk\" in a case"), e.getMessage());
    }

    @Test
    void outputSectionIsCheckedAndDefaulted() {
        CaseDefinition plain = CaseReader.parse("case.json",
                pillbox(", \"radius\": \"1 m\", \"gap\": \"1 m\"", "")).definition();
        assertEquals(OutputSpec.defaults(), plain.output());
        CaseException e = error(pillbox(", \"radius\": \"1 m\", \"gap\": \"1 m\"",
                ",\n\"output\": {\"paraviewEncoding\": \"acsii\"}"));
        assertAt(e, "output.paraviewEncoding", 4);
        assertTrue(e.getMessage().contains("did you mean \"ascii\""), e.getMessage());
        e = error(pillbox(", \"radius\": \"1 m\", \"gap\": \"1 m\"", ",\n\"output\": {\"revolvedSteps\": 2}"));
        assertAt(e, "output.revolvedSteps", 4);
        assertTrue(e.getMessage().contains("at least 3 angular steps"), e.getMessage());
        e = error(pillbox(", \"radius\": \"1 m\", \"gap\": \"1 m\"", ",\n\"output\": {\"plots\": \"no\"}"));
        assertAt(e, "output.plots", 4);
        assertTrue(e.getMessage().contains("expected true or false"), e.getMessage());
    }

    @Test
    void duplicateKeyIsNamedWithBothPlaces() {
        CaseException e = error("{\n\"name\": \"p\",\n\"name\": \"q\"\n}");
        assertAt(e, "name", 3);
        assertTrue(e.getMessage().contains("duplicate key \"name\" (first written at 2:1)"), e.getMessage());
    }

    @Test
    void missingRequiredKeyIsNamedWithAnExample() {
        CaseException e = error(pillbox(", \"radius\": \"115 mm\"", ""));
        assertAt(e, "geometry.gap", 3);
        assertTrue(e.getMessage().contains("missing required key \"gap\""), e.getMessage());
        assertTrue(e.getMessage().contains("\"gap\": \"115 mm\""), e.getMessage());
    }

    @Test
    void bareNumberForALengthIsAnError() {
        CaseException e = error(pillbox(",\n\"radius\": 115, \"gap\": \"1 m\"", ""));
        assertAt(e, "geometry.radius", 4);
        assertTrue(e.getMessage().contains("bare number 115"), e.getMessage());
        assertTrue(e.getMessage().contains("\"115 mm\""), e.getMessage());
    }

    @Test
    void lengthWithoutUnitIsAnError() {
        CaseException e = error(pillbox(", \"radius\": \"115\", \"gap\": \"1 m\"", ""));
        assertAt(e, "geometry.radius", 3);
        assertTrue(e.getMessage().contains("has no unit"), e.getMessage());
    }

    @Test
    void unknownUnitIsAnError() {
        CaseException e = error(pillbox(", \"radius\": \"115 mm\",\n\"gap\": \"4.5 in\"", ""));
        assertAt(e, "geometry.gap", 4);
        assertTrue(e.getMessage().contains("unknown length unit \"in\""), e.getMessage());
    }

    @Test
    void nonPositiveLengthIsAnError() {
        CaseException e = error(pillbox(", \"radius\": \"0 mm\", \"gap\": \"1 m\"", ""));
        assertAt(e, "geometry.radius", 3);
        assertTrue(e.getMessage().contains("must be a positive length"), e.getMessage());
    }

    @Test
    void wrongTypesAreErrors() {
        String geometry = ", \"radius\": \"1 m\", \"gap\": \"1 m\"";
        CaseException order = error(pillbox(geometry, ",\n\"mesh\": {\"order\": \"4\"}"));
        assertAt(order, "mesh.order", 4);
        assertTrue(order.getMessage().contains("expected a whole number, got the string \"4\""), order.getMessage());
        CaseException modes = error(pillbox(geometry, ",\n\"solver\": {\"modes\": 1.5}"));
        assertAt(modes, "solver.modes", 4);
        CaseException section = error(pillbox(geometry, ",\n\"mesh\": [1]"));
        assertAt(section, "mesh", 4);
        assertTrue(section.getMessage().contains("expected an object"), section.getMessage());
        CaseException name = error("{\"name\": 7}");
        assertTrue(name.getMessage().contains("expected a string, got the number 7"), name.getMessage());
    }

    @Test
    void valuesOutOfRangeAreErrors() {
        String geometry = ", \"radius\": \"1 m\", \"gap\": \"1 m\"";
        assertAt(error(pillbox(geometry, ",\n\"mesh\": {\"order\": 12}")), "mesh.order", 4);
        assertAt(error(pillbox(geometry, ",\n\"mesh\": {\"grading\": 1}")), "mesh.grading", 4);
        assertAt(error(pillbox(geometry, ",\n\"mesh\": {\"minAngle_deg\": 40}")), "mesh.minAngle_deg", 4);
        assertAt(error(pillbox(geometry, ",\n\"mesh\": {\"singularRefinement\": \"yes\"}")),
                "mesh.singularRefinement", 4);
        assertAt(error(pillbox(geometry, ",\n\"solver\": {\"tolerance\": 0.1}")), "solver.tolerance", 4);
        assertAt(error(pillbox(geometry, ",\n\"solver\": {\"targetFrequency\": \"0 Hz\"}")),
                "solver.targetFrequency", 4);
        assertAt(error(pillbox(geometry, ",\n\"solver\": {\"targetFrequency\": \"1.3 m\"}")),
                "solver.targetFrequency", 4);
    }

    @Test
    void beamPipeMustBeNarrowerThanThePillbox() {
        CaseException e = error(pillbox(", \"radius\": \"20 mm\", \"gap\": \"1 m\",\n"
                + "\"beamPipe\": {\"radius\": \"25 mm\", \"length\": \"1 cm\"}", ""));
        assertAt(e, "geometry.beamPipe.radius", 4);
    }

    /** The pipe step may be rounded; the blend must fit on the pipe and the end plate. */
    @Test
    void aPipeStepMayBeBlended() {
        PillboxGeometry p = (PillboxGeometry) CaseReader.parse("case.json", pillbox(", \"radius\": \"115 mm\", "
                + "\"gap\": \"115 mm\",\n\"beamPipe\": {\"radius\": \"30 mm\", \"length\": \"60 mm\", "
                + "\"blendRadius\": \"5 mm\"}", "")).definition().geometry();
        assertEquals(new PillboxGeometry.BeamPipe(0.03, 0.06, 0.005), p.beamPipe().orElseThrow());
        assertTrue(ContourFactory.contour(p).segments().stream().anyMatch(s -> s.name().equals("pillbox.blend.left")));
        assertEquals(p, CaseReader.parse("again.json", CaseWriter.toJson(CaseReader.parse("case.json", pillbox(
                ", \"radius\": \"115 mm\", \"gap\": \"115 mm\",\n\"beamPipe\": {\"radius\": \"30 mm\", "
                        + "\"length\": \"60 mm\", \"blendRadius\": \"5 mm\"}", "")).definition())).definition().geometry());
        CaseException e = error(pillbox(", \"radius\": \"115 mm\", \"gap\": \"115 mm\",\n"
                + "\"beamPipe\": {\"radius\": \"30 mm\", \"length\": \"60 mm\", \"blendRadius\": \"90 mm\"}", ""));
        assertAt(e, "geometry.beamPipe.blendRadius", 4);
    }

    @Test
    void unknownGeometryTypeListsTheKinds() {
        CaseException e = error("{\"name\": \"p\",\n\"geometry\": {\"type\": \"pilbox\"}}");
        assertAt(e, "geometry.type", 2);
        assertTrue(e.getMessage().contains("did you mean \"pillbox\""), e.getMessage());
        assertTrue(e.getMessage().contains("pillbox, sphere, contour"), e.getMessage());
    }

    @Test
    void badCaseNameIsAnError() {
        CaseException e = error("{\"name\": \"../up\"}");
        assertAt(e, "name", 1);
        assertTrue(e.getMessage().contains("cannot name an output folder"), e.getMessage());
    }

    @Test
    void contourThatDoesNotCloseNamesTheLastSegment() {
        String text = CONTOUR_CASE.replace("{\"type\": \"line\", \"to\": {\"z\": \"0 mm\", \"r\": \"0 mm\"}}",
                "{\"type\": \"line\", \"to\": {\"z\": \"0 mm\", \"r\": \"1 mm\"}}");
        CaseException e = error(text);
        assertAt(e, "geometry.segments[4].to", 13);
        assertTrue(e.getMessage().contains("does not close"), e.getMessage());
    }

    @Test
    void arcEndOffItsCircleNamesTheSegmentAndBothRadii() {
        String text = CONTOUR_CASE.replace("\"to\": {\"z\": \"50 mm\", \"r\": \"100 mm\"}",
                "\"to\": {\"z\": \"50 mm\", \"r\": \"101 mm\"}");
        CaseException e = error(text);
        assertAt(e, "geometry.segments[2].to", 10);
        assertTrue(e.getMessage().contains("not on the arc's circle"), e.getMessage());
        assertTrue(e.getMessage().contains("0.05 m from the centre"), e.getMessage());
        assertTrue(e.getMessage().contains("0.051 m from it"), e.getMessage());
    }

    @Test
    void ellipticArcEndOffItsEllipseIsAnError() {
        String text = """
                {"name": "e", "geometry": {"type": "contour", "start": {"z": "0 mm", "r": "0 mm"},
                 "segments": [
                  {"type": "line", "to": {"z": "20 mm", "r": "0 mm"}},
                  {"type": "ellipticArc", "to": {"z": "0 mm", "r": "11 mm"}, "center": {"z": "0 mm", "r": "0 mm"},
                   "semiAxisZ": "20 mm", "semiAxisR": "10 mm", "direction": "ccw"},
                  {"type": "line", "to": {"z": "0 mm", "r": "0 mm"}}]}}
                """;
        CaseException e = error(text);
        assertAt(e, "geometry.segments[1].to", 4);
        assertTrue(e.getMessage().contains("is not on the ellipse"), e.getMessage());
    }

    @Test
    void badBoundaryNameListsTheKinds() {
        String text = CONTOUR_CASE.replace("\"boundary\": \"electric\"", "\"boundary\": \"magnetc\"");
        CaseException e = error(text);
        assertAt(e, "geometry.segments[1].boundary", 9);
        assertTrue(e.getMessage().contains("did you mean \"magnetic\""), e.getMessage());
        assertTrue(e.getMessage().contains("metal, electric, magnetic, axis"), e.getMessage());
    }

    @Test
    void negativeRadialCoordinateIsAnError() {
        String text = CONTOUR_CASE.replace("\"start\": {\"z\": \"0 mm\", \"r\": \"0 mm\"}",
                "\"start\": {\"z\": \"0 mm\", \"r\": \"-1 mm\"}");
        assertAt(error(text), "geometry.start.r", 6);
    }

    @Test
    void zeroLengthSegmentIsAnError() {
        String text = CONTOUR_CASE.replace("{\"type\": \"line\", \"to\": {\"z\": \"100 mm\", \"r\": \"0 mm\"}},",
                "{\"type\": \"line\", \"to\": {\"z\": \"0 mm\", \"r\": \"0 mm\"}},\n"
                        + "{\"type\": \"line\", \"to\": {\"z\": \"100 mm\", \"r\": \"0 mm\"}},");
        CaseException e = error(text);
        assertAt(e, "geometry.segments[0].to", 8);
        assertTrue(e.getMessage().contains("zero length"), e.getMessage());
    }

    @Test
    void syntaxErrorsAreLocated() {
        CaseException e = error("{\n\"name\": \"p\",\n}");
        assertEquals(3, e.location().line(), e.getMessage());
        assertTrue(e.getMessage().contains("JSON syntax error"), e.getMessage());
        CaseException trailing = error("{\"name\": \"p\"}\n{}");
        assertEquals(2, trailing.location().line(), trailing.getMessage());
        CaseException empty = error("  // nothing\n");
        assertTrue(empty.getMessage().contains("the file is empty"), empty.getMessage());
        CaseException array = error("[]");
        assertTrue(array.getMessage().contains("one JSON object"), array.getMessage());
    }

    @Test
    void missingFileIsABadInputError() {
        CaseException e = assertThrows(CaseException.class,
                () -> CaseReader.read(java.nio.file.Path.of("no/such/case.json")));
        assertTrue(e.getMessage().contains("no such file"), e.getMessage());
    }
}
