package org.cavityfem.casefile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalDouble;
import org.cavityfem.mesh.geometry.BoundaryKind;
import org.cavityfem.mesh.geometry.Contour;
import org.junit.jupiter.api.Test;

class CaseResolverTest {

    private static final String NO_MESH_SECTION = CaseReaderTest.CONTOUR_CASE
            .replace("\"mesh\": {\"order\": 3, \"elementSize\": \"1 cm\"},", "");

    private static CaseDefinition resolve(String text) {
        CaseFile file = CaseReader.parse("case.json", text);
        Contour contour = ContourFactory.build(file);
        return CaseResolver.resolve(file.definition(), contour);
    }

    @Test
    void elementSizeDefaultsToAFractionOfTheCavitySize() {
        CaseDefinition resolved = resolve(NO_MESH_SECTION);
        // The contour spans 100 mm both ways: 100 mm / 12 to three digits.
        assertEquals(OptionalDouble.of(0.00833), resolved.mesh().elementSize());
        assertEquals(MeshSpec.DEFAULT_ORDER, resolved.mesh().order());
    }

    @Test
    void writtenElementSizeIsKept() {
        assertEquals(OptionalDouble.of(0.01), resolve(CaseReaderTest.CONTOUR_CASE).mesh().elementSize());
    }

    @Test
    void segmentsOnTheAxisResolveToTheAxisKind() {
        ContourGeometry g = assertInstanceOf(ContourGeometry.class, resolve(NO_MESH_SECTION).geometry());
        assertEquals(BoundaryKind.AXIS, g.segments().get(0).boundary());
        assertEquals(BoundaryKind.ELECTRIC, g.segments().get(1).boundary());
        assertEquals(BoundaryKind.METAL, g.segments().get(4).boundary());
    }

    @Test
    void resolvedCaseReadsBackEqual() {
        CaseDefinition resolved = resolve(NO_MESH_SECTION);
        String json = CaseWriter.toJson(resolved);
        CaseDefinition reread = CaseReader.parse("capped_resolved.json", json).definition();
        assertEquals(resolved, reread);
        assertEquals(resolved, resolve(json), "resolving a resolved case changes nothing");
        assertTrue(json.contains("\"elementSize\" : \"0.00833 m\""), json);
        assertTrue(json.contains("\"targetFrequency\" : \"2000000000 Hz\""), json);
        assertTrue(json.contains("\"boundary\" : \"axis\""), json);
    }

    @Test
    void presetsAndTheLowestTargetRoundTrip() {
        CaseDefinition pillbox = CaseReader.parse("p.json", """
                {"name": "p", "description": "with pipes",
                 "geometry": {"type": "pillbox", "radius": "115 mm", "gap": "115 mm",
                              "beamPipe": {"radius": "20 mm", "length": "40 mm"}},
                 "mesh": {"elementSize": "7.5 mm", "grading": 1.25, "singularRefinement": false},
                 "solver": {"modes": 3, "targetFrequency": "lowest", "tolerance": 1e-12}}
                """).definition();
        String json = CaseWriter.toJson(pillbox);
        assertEquals(pillbox, CaseReader.parse("p_resolved.json", json).definition());
        assertTrue(json.contains("\"targetFrequency\" : \"lowest\""), json);
        assertTrue(json.contains("\"singularRefinement\" : false"), json);
        assertTrue(json.contains("\"radius\" : \"0.115 m\""), json);
        CaseDefinition sphere = CaseReader.parse("s.json",
                "{\"name\": \"s\", \"geometry\": {\"type\": \"sphere\", \"radius\": \"10 cm\"}}").definition()
                .withMesh(MeshSpec.defaults().withElementSize(0.0167));
        assertEquals(sphere, CaseReader.parse("s_resolved.json", CaseWriter.toJson(sphere)).definition());
    }
}
