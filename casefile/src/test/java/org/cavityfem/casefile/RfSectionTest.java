package org.cavityfem.casefile;

import static org.cavityfem.casefile.CaseReaderTest.assertAt;
import static org.cavityfem.casefile.CaseReaderTest.error;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalDouble;
import org.cavityfem.analysis.resistance.FixedResistance;
import org.cavityfem.analysis.resistance.NormalConductor;
import org.cavityfem.analysis.resistance.PadamseeBcs;
import org.cavityfem.analysis.resistance.PielBcs;
import org.cavityfem.mesh.build.Pillbox;
import org.cavityfem.mesh.build.SphericalCavity;
import org.junit.jupiter.api.Test;

/** The {@code rf} section: values with units, defaults, located errors, and the resolved round trip. */
class RfSectionTest {

    /** A pillbox case whose line 4 is the rf section. */
    private static String withRf(String rf) {
        return "{\n\"name\": \"p\",\n\"geometry\": {\"type\": \"pillbox\", \"radius\": \"115 mm\", \"gap\": \"100 mm\"},\n"
                + "\"rf\": " + rf + "\n}";
    }

    private static RfSpec read(String rf) {
        return CaseReader.parse("case.json", withRf(rf)).definition().rf();
    }

    @Test
    void readsEveryModelWithItsUnits() {
        RfSpec padamsee = read("{\"acceleratingField\": \"25 MV/m\", \"activeLength\": \"1.038 m\", \"beta\": 0.9, "
                + "\"surfaceResistance\": {\"model\": \"bcsPadamsee\", \"temperature\": \"2 K\", "
                + "\"residualResistance\": \"10 nOhm\"}}");
        assertEquals(25e6, padamsee.acceleratingField());
        assertEquals(OptionalDouble.of(1.038), padamsee.activeLength());
        assertEquals(0.9, padamsee.beta());
        assertEquals(new PadamseeBcs(2, 1e-8), padamsee.surfaceResistance());
        assertEquals(new PielBcs(1.8, 9.25, 5e-9), read("{\"surfaceResistance\": {\"model\": \"bcsPiel\", "
                + "\"temperature\": \"1800 mK\", \"criticalTemperature\": \"9.25 K\", \"residualResistance\": \"5 nΩ\"}}")
                .surfaceResistance());
        assertEquals(new PielBcs(2, 9.2, 0), read("{\"surfaceResistance\": {\"model\": \"bcsPiel\", "
                + "\"temperature\": \"2 K\", \"residualResistance\": \"0 Ohm\"}}").surfaceResistance());
        assertEquals(new NormalConductor(5.8e7), read("{\"surfaceResistance\": {\"model\": \"normalConductor\", "
                + "\"conductivity\": \"58 MS/m\"}}").surfaceResistance());
        assertEquals(new FixedResistance(0.012), read("{\"surfaceResistance\": {\"model\": \"fixed\", "
                + "\"value\": \"12 mOhm\"}}").surfaceResistance());
    }

    @Test
    void defaultsAreOneMegavoltPerMetreCopperAndTheGeometrysLength() {
        RfSpec d = read("{}");
        assertEquals(1e6, d.acceleratingField());
        assertEquals(1.0, d.beta());
        assertEquals(new NormalConductor(RfSpec.COPPER_CONDUCTIVITY), d.surfaceResistance());
        CaseDefinition c = CaseReader.parse("case.json", withRf("{}")).definition();
        CaseDefinition resolved = CaseResolver.resolve(c, Pillbox.closed(0.115, 0.1).contour());
        assertEquals(OptionalDouble.of(0.1), resolved.rf().activeLength(), "a pillbox: its gap");
        assertEquals(0.2, ActiveLength.defaultFor(new SphereGeometry(0.1), new SphericalCavity(0.1).contour()).getAsDouble(), 1e-15,
                "a sphere: its diameter");
        assertEquals(0.3, ActiveLength.axialExtent(new Pillbox(0.1, 0.2, 0.03, 0.05).contour()), 1e-15,
                "a contour: its axial extent, pipes included");
    }

    @Test
    void resolvedCaseReadsBackTheSame() {
        String rf = "{\"acceleratingField\": \"31.5 MV/m\", \"beta\": 0.65, \"surfaceResistance\": "
                + "{\"model\": \"bcsPiel\", \"temperature\": \"2 K\", \"residualResistance\": \"3 nOhm\"}}";
        CaseDefinition c = CaseResolver.resolve(CaseReader.parse("case.json", withRf(rf)).definition(),
                Pillbox.closed(0.115, 0.1).contour());
        CaseDefinition again = CaseReader.parse("again.json", CaseWriter.toJson(c)).definition();
        assertEquals(c, again);
        assertTrue(CaseWriter.toJson(c).contains("\"31500000 V/m\""), CaseWriter.toJson(c));
    }

    @Test
    void voltageRangeIsReadWrittenAndChecked() {
        RfSpec whole = read("{}");
        assertTrue(whole.voltageRange().isEmpty());
        assertTrue(whole.settings(0.1).wholeAxis());
        RfSpec cells = read("{\"voltageRange\": {\"from\": \"0 mm\", \"to\": \"1037.7 mm\"}}");
        assertEquals(new RfSpec.VoltageRange(0, 1.0377), cells.voltageRange().orElseThrow());
        assertEquals(1.0377, cells.settings(1).voltageTo(), 1e-15);
        CaseDefinition c = CaseResolver.resolve(CaseReader.parse("case.json",
                withRf("{\"voltageRange\": {\"from\": \"-2 cm\", \"to\": \"8 cm\"}}")).definition(),
                Pillbox.closed(0.115, 0.1).contour());
        assertEquals(c, CaseReader.parse("again.json", CaseWriter.toJson(c)).definition());
        CaseException e = error(withRf("{\"voltageRange\": {\"from\": \"10 mm\", \"to\": \"5 mm\"}}"));
        assertAt(e, "rf.voltageRange.to", 4);
        assertTrue(e.problem().contains("must end after it starts"), e.getMessage());
        assertEquals("rf.voltageRange.to", error(withRf("{\"voltageRange\": {\"from\": \"0 mm\"}}")).path());
        assertTrue(error(withRf("{\"voltageRange\": {\"from\": \"0 mm\", \"to\": \"1 m\", \"at\": 1}}"))
                .problem().contains("unknown key \"at\""));
    }

    @Test
    void temperatureAtOrAboveTcIsAnError() {
        CaseException e = error(withRf("{\"surfaceResistance\": {\"model\": \"bcsPiel\", \"temperature\": \"9.5 K\", "
                + "\"residualResistance\": \"0 Ohm\"}}"));
        assertAt(e, "rf.surfaceResistance.temperature", 4);
        assertTrue(e.problem().contains("not below"), e.getMessage());
        e = error(withRf("{\"surfaceResistance\": {\"model\": \"bcsPadamsee\", \"temperature\": \"10 K\", "
                + "\"residualResistance\": \"0 Ohm\"}}"));
        assertTrue(e.problem().contains("9.2 K"), e.getMessage());
    }

    @Test
    void missingParametersAreNamed() {
        CaseException e = error(withRf("{\"surfaceResistance\": {\"model\": \"bcsPadamsee\", \"temperature\": \"2 K\"}}"));
        assertEquals("rf.surfaceResistance.residualResistance", e.path(), e.getMessage());
        assertTrue(e.problem().contains("missing required key \"residualResistance\""), e.getMessage());
        e = error(withRf("{\"surfaceResistance\": {\"model\": \"normalConductor\"}}"));
        assertEquals("rf.surfaceResistance.conductivity", e.path(), e.getMessage());
        e = error(withRf("{\"surfaceResistance\": {\"temperature\": \"2 K\"}}"));
        assertEquals("rf.surfaceResistance.model", e.path(), e.getMessage());
    }

    @Test
    void betaOutsideTheUnitIntervalAndNegativeValuesAreErrors() {
        assertAt(error(withRf("{\"beta\": 1.2}")), "rf.beta", 4);
        assertAt(error(withRf("{\"beta\": 0}")), "rf.beta", 4);
        assertAt(error(withRf("{\"acceleratingField\": \"-1 MV/m\"}")), "rf.acceleratingField", 4);
        assertAt(error(withRf("{\"activeLength\": \"0 mm\"}")), "rf.activeLength", 4);
        assertAt(error(withRf("{\"surfaceResistance\": {\"model\": \"bcsPiel\", \"temperature\": \"2 K\", "
                + "\"residualResistance\": \"-1 nOhm\"}}")), "rf.surfaceResistance.residualResistance", 4);
        assertAt(error(withRf("{\"surfaceResistance\": {\"model\": \"fixed\", \"value\": \"-3 mOhm\"}}")),
                "rf.surfaceResistance.value", 4);
    }

    @Test
    void unitsAndModelsAreChecked() {
        CaseException e = error(withRf("{\"acceleratingField\": \"25 MV\"}"));
        assertAt(e, "rf.acceleratingField", 4);
        assertTrue(e.problem().contains("V/m"), e.getMessage());
        e = error(withRf("{\"surfaceResistance\": {\"model\": \"fixed\", \"value\": \"12 mohm\"}}"));
        assertTrue(e.problem().contains("did you mean \"mOhm\""), e.getMessage());
        e = error(withRf("{\"surfaceResistance\": {\"model\": \"bcsPadamse\"}}"));
        assertTrue(e.problem().contains("did you mean \"bcsPadamsee\""), e.getMessage());
        e = error(withRf("{\"surfaceResistance\": {\"model\": \"fixed\", \"value\": \"1 mOhm\", \"temperature\": \"2 K\"}}"));
        assertTrue(e.problem().contains("unknown key \"temperature\""), e.getMessage());
        e = error(withRf("{\"Eacc\": \"1 MV/m\"}"));
        assertTrue(e.problem().contains("unknown key \"Eacc\""), e.getMessage());
    }
}
