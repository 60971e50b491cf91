package org.cavityfem.casefile;

import static org.cavityfem.casefile.CaseReaderTest.assertAt;
import static org.cavityfem.casefile.CaseReaderTest.error;
import static org.cavityfem.casefile.CaseReaderTest.pillbox;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.cavityfem.analysis.accuracy.AccuracyTarget;
import org.junit.jupiter.api.Test;

/** {@code mesh.accuracy} and {@code mesh.errorEstimate}: forms, defaults, errors and the round trip. */
class AccuracySectionTest {

    private static final String GEOMETRY = ", \"radius\": \"1 m\", \"gap\": \"1 m\"";

    private static MeshSpec mesh(String members) {
        return CaseReader.parse("case.json", pillbox(GEOMETRY, ",\n\"mesh\": {" + members + "}")).definition().mesh();
    }

    @Test
    void oneNumberOrOneTargetPerClass() {
        assertEquals(Optional.empty(), mesh("").accuracy());
        assertEquals(Optional.of(new AccuracyTarget(1e-8, 1e-8)), mesh("\"accuracy\": 1e-8").accuracy());
        assertEquals(Optional.of(new AccuracyTarget(1e-10, 1e-6)),
                mesh("\"accuracy\": {\"frequency\": 1e-10, \"figures\": 1e-6}").accuracy());
        assertEquals(Optional.of(new AccuracyTarget(1e-6, 1e-6)), mesh("\"accuracy\": {\"figures\": 1e-6}").accuracy());
        assertEquals(Optional.of(new AccuracyTarget(1e-9, 1e-9)), mesh("\"accuracy\": {\"frequency\": 1e-9}").accuracy());
        assertEquals(Optional.empty(), mesh("\"errorEstimate\": \"auto\"").errorEstimate());
        assertEquals(Optional.of(false), mesh("\"errorEstimate\": false").errorEstimate());
    }

    /** The superconducting-surface figures are targets only when the object form names them. */
    @Test
    void surfaceTargetOnlyWhenNamed() {
        AccuracyTarget t = mesh("\"accuracy\": {\"figures\": 1e-6, \"surface\": 1e-4}").accuracy().orElseThrow();
        assertEquals(new AccuracyTarget(1e-6, 1e-6, 1e-4), t);
        assertEquals(1e-4, t.of(AccuracyTarget.SURFACE_PREFIX + "vortexEntryEacc_V_per_m"), 0);
        assertEquals(1e-6, t.of(AccuracyTarget.PASSBAND_PREFIX + "cellToCellCoupling"), 0);
        assertEquals(false, mesh("\"accuracy\": 1e-8").accuracy().orElseThrow().surfaceTargets());
        assertAt(error(pillbox(GEOMETRY, ",\n\"mesh\": {\"accuracy\": {\"figures\": 1e-6, \"surface\": 2}}")),
                "mesh.accuracy.surface", 4);
        String text = pillbox(GEOMETRY, ",\n\"mesh\": {\"accuracy\": {\"frequency\": 1e-8, \"figures\": 1e-8, "
                + "\"surface\": 1e-5}}");
        CaseDefinition c = CaseReader.parse("case.json", text).definition();
        assertEquals(c.mesh().accuracy(), CaseReader.parse("again.json", CaseWriter.toJson(c)).definition().mesh()
                .accuracy());
    }

    @Test
    void badValuesNameTheirPath() {
        assertAt(error(pillbox(GEOMETRY, ",\n\"mesh\": {\"accuracy\": 0}")), "mesh.accuracy", 4);
        assertAt(error(pillbox(GEOMETRY, ",\n\"mesh\": {\"accuracy\": 1.5}")), "mesh.accuracy", 4);
        assertAt(error(pillbox(GEOMETRY, ",\n\"mesh\": {\"accuracy\": {\"frequency\": 1e-20}}")),
                "mesh.accuracy.frequency", 4);
        assertAt(error(pillbox(GEOMETRY, ",\n\"mesh\": {\"accuracy\": {\"figure\": 1e-6}}")), "mesh.accuracy.figure", 4);
        assertAt(error(pillbox(GEOMETRY, ",\n\"mesh\": {\"accuracy\": 1e-6, \"errorEstimate\": false}")),
                "mesh.errorEstimate", 4);
    }

    @Test
    void theResolvedCaseKeepsThem() {
        String text = pillbox(GEOMETRY, ",\n\"mesh\": {\"accuracy\": {\"frequency\": 1e-10, \"figures\": 1e-6}, "
                + "\"errorEstimate\": true}");
        CaseDefinition c = CaseReader.parse("case.json", text).definition();
        CaseDefinition again = CaseReader.parse("again.json", CaseWriter.toJson(c)).definition();
        assertEquals(c.mesh().accuracy(), again.mesh().accuracy());
        assertEquals(c.mesh().errorEstimate(), again.mesh().errorEstimate());
    }
}
