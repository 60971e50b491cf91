package org.cavityfem.casefile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code --set PATH=VALUE}: values from the command line, read and checked like the file. */
class OverrideTest {

    private static final String PILLBOX = "{\n\"name\": \"p\",\n\"geometry\": {\"type\": \"pillbox\", \"radius\": "
            + "\"115 mm\", \"gap\": \"115 mm\"},\n\"mesh\": {\"order\": 4, \"elementSize\": \"40 mm\"}\n}";

    private static CaseDefinition read(String... sets) {
        return CaseReader.parse("case.json", PILLBOX, List.of(sets)).definition();
    }

    @Test
    void numbersQuantitiesAndNewSectionsAreSet() {
        CaseDefinition c = read("mesh.order=6", "mesh.elementSize=5 mm", "rf.acceleratingField=25 MV/m",
                "solver.modes=3");
        assertEquals(6, c.mesh().order());
        assertEquals(0.005, c.mesh().elementSize().getAsDouble(), 0);
        assertEquals(25e6, c.rf().acceleratingField(), 0);
        assertEquals(3, c.solver().modes());
        // The resolved case records them: written and read again, the values are the set ones.
        CaseDefinition again = CaseReader.parse("again.json", CaseWriter.toJson(c)).definition();
        assertEquals(c, again);
        // JSON values are JSON: an object replaces the whole section.
        assertEquals(0.07, read("geometry={\"type\": \"pillbox\", \"radius\": \"70 mm\", \"gap\": \"50 mm\"}")
                .geometry().parameter("radius"), 1e-15);
    }

    @Test
    void badValuesAreCheckedLikeTheFileAndNameTheAssignment() {
        CaseException order = assertThrows(CaseException.class, () -> read("mesh.order=12"));
        assertTrue(order.getMessage().contains("mesh.order") && order.getMessage().contains("set by --set mesh.order=12"),
                order.getMessage());
        CaseException typo = assertThrows(CaseException.class, () -> read("mesh.ordr=6"));
        assertTrue(typo.getMessage().contains("did you mean \"order\"") && typo.getMessage().contains("--set"),
                typo.getMessage());
        CaseException unit = assertThrows(CaseException.class, () -> read("mesh.elementSize=5"));
        assertTrue(unit.getMessage().contains("needs its unit"), unit.getMessage());
        CaseException form = assertThrows(CaseException.class, () -> read("mesh"));
        assertTrue(form.getMessage().contains("write PATH=VALUE"), form.getMessage());
        CaseException path = assertThrows(CaseException.class, () -> read("mesh.order.x=1"));
        assertTrue(path.getMessage().contains("not an object"), path.getMessage());
        CaseException index = assertThrows(CaseException.class, () -> read("geometry.segments[3].to=1"));
        assertTrue(index.getMessage().contains("no array"), index.getMessage());
    }
}
