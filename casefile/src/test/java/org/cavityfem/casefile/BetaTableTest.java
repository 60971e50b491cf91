package org.cavityfem.casefile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The {@code rf.betaTable} key: a list or a range of β, written back as a list. */
class BetaTableTest {

    private static CaseDefinition read(String table) {
        return CaseReader.parse("c.json", "{\"name\": \"p\", \"geometry\": {\"type\": \"pillbox\", \"radius\": "
                + "\"115 mm\", \"gap\": \"115 mm\"},\n\"rf\": {\"betaTable\": " + table + "}}").definition();
    }

    @Test
    void listsAndRangesReadAndWriteBack() {
        assertEquals(List.of(0.5, 0.8, 1.0), read("[0.5, 0.8, 1]").rf().betaTable());
        List<Double> range = read("{\"from\": 0.1, \"to\": 1, \"step\": 0.1}").rf().betaTable();
        assertEquals(10, range.size());
        assertEquals(1.0, range.get(9));
        CaseDefinition c = read("{\"from\": 0.1, \"to\": 1, \"step\": 0.05}");
        assertEquals(c, CaseReader.parse("back.json", CaseWriter.toJson(c)).definition());
    }

    @Test
    void badTablesAreErrorsAtTheirLine() {
        CaseException e = assertThrows(CaseException.class, () -> read("[0.5, 1.2]"));
        assertEquals("rf.betaTable", e.path());
        assertEquals(2, e.location().line());
        assertTrue(e.problem().contains("(0, 1]"), e.problem());
        e = assertThrows(CaseException.class, () -> read("[0.5, \"x\"]"));
        assertEquals("rf.betaTable[1]", e.path());
        e = assertThrows(CaseException.class, () -> read("{\"from\": 1, \"to\": 0.5, \"step\": 0.1}"));
        assertTrue(e.problem().contains("from < to"), e.problem());
        e = assertThrows(CaseException.class, () -> read("{\"from\": 0.1, \"to\": 1}"));
        assertTrue(e.problem().contains("step"), e.problem());
    }
}
