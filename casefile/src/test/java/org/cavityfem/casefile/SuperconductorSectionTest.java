package org.cavityfem.casefile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cavityfem.analysis.material.Materials;
import org.cavityfem.analysis.material.Superconductor;
import org.junit.jupiter.api.Test;

/** The optional {@code superconductor} section: presets, overrides, custom materials and their errors. */
class SuperconductorSectionTest {

    private static String withSection(String section) {
        return CaseReaderTest.pillbox(", \"radius\": \"115 mm\", \"gap\": \"115 mm\"",
                ",\n\"superconductor\": " + section);
    }

    private static SuperconductorSpec read(String section) {
        return CaseReader.parse("case.json", withSection(section)).definition().superconductor();
    }

    @Test
    void absentSectionIsNiobiumAtTwoKelvin() {
        CaseDefinition c = CaseReader.parse("case.json",
                CaseReaderTest.pillbox(", \"radius\": \"115 mm\", \"gap\": \"115 mm\"", "")).definition();
        assertEquals(Materials.niobium(), c.superconductor().material());
        assertEquals(2.0, c.superconductor().temperature(), 0);
    }

    @Test
    void overridesReplaceSinglePropertiesOfThePreset() {
        SuperconductorSpec s = read("{\"material\": \"niobium\", \"temperature\": \"4.2 K\", "
                + "\"coherenceLength\": \"39 nm\", \"lowerCriticalField\": \"180 kA/m\"}");
        assertEquals(4.2, s.temperature(), 1e-15);
        assertEquals(39e-9, s.material().coherenceLength(), 1e-24);
        assertEquals(1.8e5, s.material().lowerCriticalField(), 1e-9);
        assertEquals(Materials.niobium().conductionElectronDensity(), s.material().conductionElectronDensity(), 0);
    }

    @Test
    void electronDensityFollowsAnOverriddenDensity() {
        // n_e = 2 × ρ N_A/M for two conduction electrons per atom.
        SuperconductorSpec s = read("{\"density\": \"8.6 g/cm^3\", \"electronsPerAtom\": 2}");
        assertEquals(2 * 8600 / 0.092906 * 6.02214076e23, s.material().conductionElectronDensity(), 1e20);
    }

    @Test
    void customMaterialNeedsEveryProperty() {
        String custom = "{\"material\": \"custom\", \"name\": \"Nb3Sn\", \"criticalTemperature\": \"18 K\", "
                + "\"lowerCriticalField\": \"4e4 A/m\", \"coherenceLength\": \"3 nm\", "
                + "\"conductionElectronDensity\": \"1e28 1/m^3\", \"conductivity\": \"1e6 S/m\", "
                + "\"density\": \"8900 kg/m^3\", \"atomicWeight\": 397.4, \"specificHeat\": \"250 J/kg/K\", "
                + "\"debyeTemperature\": \"230 K\"}";
        Superconductor m = read(custom).material();
        assertEquals("Nb3Sn", m.name());
        assertEquals(18, m.criticalTemperature(), 0);
        assertEquals(1e28, m.conductionElectronDensity(), 0);

        CaseException e = CaseReaderTest.error(withSection("{\"material\": \"custom\", \"criticalTemperature\": "
                + "\"18 K\"}"));
        assertTrue(e.getMessage().contains("missing required key \"lowerCriticalField\""), e.getMessage());
    }

    @Test
    void mistakesAreNamedWithTheirPlace() {
        CaseException unknown = CaseReaderTest.error(withSection("{\"coherenceLenght\": \"40 nm\"}"));
        assertTrue(unknown.getMessage().contains("did you mean \"coherenceLength\""), unknown.getMessage());
        assertEquals("superconductor.coherenceLenght", unknown.path());

        CaseException preset = CaseReaderTest.error(withSection("{\"material\": \"niobum\"}"));
        assertTrue(preset.getMessage().contains("did you mean \"niobium\""), preset.getMessage());

        CaseException unit = CaseReaderTest.error(withSection("{\"temperature\": \"2 mm\"}"));
        assertTrue(unit.getMessage().contains("is a length, but a temperature is needed"), unit.getMessage());

        CaseException hot = CaseReaderTest.error(withSection("{\"temperature\": \"10 K\"}"));
        assertTrue(hot.getMessage().contains("below the critical temperature 9.25 K"), hot.getMessage());

        CaseException bare = CaseReaderTest.error(withSection("{\"conductivity\": 6.2e6}"));
        assertTrue(bare.getMessage().contains("needs its unit"), bare.getMessage());
    }

    @Test
    void resolvedSectionReadsBackEqual() {
        CaseDefinition c = CaseReader.parse("case.json", withSection("{\"temperature\": \"1.8 K\", "
                + "\"coherenceLength\": \"38 nm\"}")).definition();
        String json = CaseWriter.toJson(c);
        assertEquals(c, CaseReader.parse("resolved.json", json).definition());
    }
}
