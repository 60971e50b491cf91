package org.cavityfem.casefile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cavityfem.analysis.fieldmap.Normalisation;
import org.junit.jupiter.api.Test;

/** The {@code output.fieldMaps} key: read, written back, and its errors located. */
class FieldMapsSectionTest {

    private static final String HEAD = "{\"name\": \"p\", \"geometry\": {\"type\": \"pillbox\", \"radius\": \"115 mm\", "
            + "\"gap\": \"115 mm\"}, \"solver\": {\"modes\": 2},\n\"output\": {\"fieldMaps\": [";

    private static CaseDefinition read(String maps) {
        return CaseReader.parse("c.json", HEAD + maps + "]}}").definition();
    }

    @Test
    void readsGridNormalisationAndHarmonicsAndWritesThemBack() {
        CaseDefinition c = read("{\"mode\": 1, \"grid\": {\"z\": {\"from\": \"-57.5 mm\", \"to\": \"57.5 mm\", "
                + "\"intervals\": 700}, \"r\": {\"from\": \"0 mm\", \"to\": \"115 mm\", \"intervals\": 75}}, "
                + "\"normalise\": {\"Eacc\": \"25 MV/m\"}, \"harmonics\": 60}, {\"mode\": 0}, "
                + "{\"mode\": 0, \"normalise\": {\"storedEnergy_J\": 2}}");
        FieldMapSpec f = c.output().fieldMaps().get(0);
        assertEquals(1, f.mode());
        assertEquals(700, f.grid().orElseThrow().nz());
        assertEquals(0.115, f.grid().orElseThrow().rMax(), 1e-15);
        assertEquals(new Normalisation(Normalisation.Kind.EACC, 25e6), f.normalisation());
        assertEquals(60, f.harmonics());
        assertEquals(FieldMapSpec.defaults(0), c.output().fieldMaps().get(1));
        assertEquals(new Normalisation(Normalisation.Kind.ENERGY, 2), c.output().fieldMaps().get(2).normalisation());
        assertEquals(c, CaseReader.parse("back.json", CaseWriter.toJson(c)).definition());
    }

    @Test
    void errorsNameTheKeyAndItsLine() {
        CaseException e = assertThrows(CaseException.class, () -> read("{\"mode\": 2}"));
        assertEquals("output.fieldMaps[0].mode", e.path());
        assertEquals(2, e.location().line());
        assertTrue(e.problem().contains("mode 2 does not exist"), e.problem());
        e = assertThrows(CaseException.class, () -> read("{\"grid\": {\"z\": {\"from\": \"0 mm\", \"to\": \"1 mm\", "
                + "\"intervals\": 0}, \"r\": {\"from\": \"0 mm\", \"to\": \"1 mm\", \"intervals\": 3}}}"));
        assertEquals("output.fieldMaps[0].grid.z.intervals", e.path());
        e = assertThrows(CaseException.class, () -> read("{\"normalise\": {\"peakAxis\": \"1 MV/m\", \"Eacc\": "
                + "\"1 MV/m\"}}"));
        assertTrue(e.problem().contains("exactly one"), e.problem());
        e = assertThrows(CaseException.class, () -> read("{\"mod\": 0}"));
        assertTrue(e.getMessage().contains("mod"), e.getMessage());
    }
}
