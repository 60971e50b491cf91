package org.cavityfem.analysis.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cavityfem.analysis.merit.ModeQuantities;
import org.cavityfem.analysis.merit.SegmentQuantities;
import org.cavityfem.analysis.merit.WallQuantities;
import org.cavityfem.analysis.superconducting.SurfaceQuantities;
import org.junit.jupiter.api.Test;

/** Every table entry is named consistently: unique key and header, the unit in both. */
class QuantityTablesTest {

    static final List<QuantityTable<?>> TABLES = List.of(ModeQuantities.SOLUTION, ModeQuantities.FIGURES,
            SegmentQuantities.TABLE, WallQuantities.ALL, SurfaceQuantities.FIGURES, SurfaceQuantities.WALL);

    /** How each unit of a header is spelled at the end of a key. */
    private static final Map<String, String> KEY_SUFFIX = Map.ofEntries(
            Map.entry("Hz", "_Hz"), Map.entry("1/m", "_per_m"), Map.entry("J", "_J"), Map.entry("W", "_W"),
            Map.entry("Ohm", "_ohm"), Map.entry("V/C", "_V_per_C"), Map.entry("m", "_m"), Map.entry("V", "_V"),
            Map.entry("V/m", "_V_per_m"), Map.entry("A/m", "_A_per_m"), Map.entry("T", "_T"),
            Map.entry("mT/(MV/m)", "_mT_per_MVm"), Map.entry("K", "_K"), Map.entry("C", "_C"), Map.entry("A", "_A"),
            Map.entry("m/s", "_m_per_s"), Map.entry("W/m^3", "_W_per_m3"), Map.entry("K/s", "_K_per_s"),
            Map.entry("J/(m^3 K)", "_J_per_m3K"), Map.entry("C/m^2", "_C_per_m2"), Map.entry("W/m^2", "_W_per_m2"),
            Map.entry("Hz/m per m of wall", "_Hz_per_m2"), Map.entry("1/(MV/m)", "_per_MVm"),
            Map.entry("C/(MV/m)", "_C_per_MVm"), Map.entry("(m/s)/(MV/m)", "_m_per_s_per_MVm"),
            Map.entry("m/(MV/m)", "_m_per_MVm"), Map.entry("(V/m)/(MV/m)", "_V_per_m_per_MVm"),
            Map.entry("(W/m^3)/(MV/m)^2", "_W_per_m3_per_MVm2"));

    @Test
    void keysAndHeadersAreUniqueWithinEachTable() {
        for (QuantityTable<?> table : TABLES) {
            Set<String> keys = new HashSet<>();
            Set<String> headers = new HashSet<>();
            for (Quantity<?> q : table.entries()) {
                assertTrue(keys.add(q.key()), table + ": key " + q.key() + " twice");
                assertTrue(headers.add(q.header()), table + ": header " + q.header() + " twice");
            }
        }
    }

    @Test
    void aTableRefusesTwoEntriesWithOneKey() {
        Quantity<Double> a = Quantity.real("x_m", "x (m)", "m", "x", v -> v);
        Quantity<Double> b = Quantity.real("x_m", "x2 (m)", "m", "x again", v -> v);
        assertThrows(IllegalArgumentException.class, () -> QuantityTable.of("test", a, b));
    }

    @Test
    void headersEndWithTheUnitAndKeysCarryIt() {
        for (QuantityTable<?> table : TABLES) {
            for (Quantity<?> q : table.entries()) {
                String where = table + ": " + q.key();
                String name = q.key().substring(q.key().lastIndexOf('.') + 1);
                if (q.unit().isEmpty()) {
                    assertFalse(q.header().contains(" ("), where + " is dimensionless but its header has a unit");
                    KEY_SUFFIX.values().forEach(s -> assertFalse(name.endsWith(s) && name.length() > s.length(),
                            where + " is dimensionless but its key ends with " + s));
                } else {
                    assertTrue(q.header().endsWith(" (" + q.unit() + ")"), where + ": header " + q.header()
                            + " does not end with (" + q.unit() + ")");
                    assertTrue(KEY_SUFFIX.containsKey(q.unit()), where + ": no key suffix known for " + q.unit());
                    assertTrue(name.endsWith(KEY_SUFFIX.get(q.unit())), where + " does not end with "
                            + KEY_SUFFIX.get(q.unit()));
                }
            }
        }
    }

    @Test
    void everyEntryIsDescribedOnOneLine() {
        for (QuantityTable<?> table : TABLES) {
            for (Quantity<?> q : table.entries()) {
                assertFalse(q.description().isBlank(), table + ": " + q.key() + " has no description");
                assertFalse(q.description().contains("\n"), table + ": " + q.key() + " spans lines");
                assertFalse(q.outputs().isEmpty(), table + ": " + q.key() + " is written nowhere");
            }
        }
    }

    /** modes.csv, ParaView arrays and console columns hold numbers only; no CSV file holds a point. */
    @Test
    void numericOutputsReadNumbers() {
        for (QuantityTable<?> table : TABLES) {
            for (Quantity<?> q : table.entries()) {
                boolean real = q.reading() instanceof Quantity.Reading.Real;
                if (q.isIn(Output.MODES_CSV) || q.isIn(Output.PARAVIEW) || q.console().isPresent()) {
                    assertTrue(real, table + ": " + q.key() + " is shown as a number but is not one");
                }
                if (q.isIn(Output.WALL_CSV) || q.isIn(Output.SEGMENTS_CSV)) {
                    assertFalse(q.reading() instanceof Quantity.Reading.Point, table + ": " + q.key()
                            + " is a point, which takes two CSV cells");
                }
            }
        }
    }

    @Test
    void consoleColumnsFormatLikeTheirHeadings() {
        ConsoleColumn c = new ConsoleColumn(9, ".5f", "T", "");
        assertEquals("         T", c.heading(0));
        assertEquals("          ", c.heading(1));
        assertEquals("   0.77587", c.cell(0.7758666687888317));
        assertEquals("       997.761111642779",
                new ConsoleColumn(22, ".12f", "frequency (MHz)", "", 1e-6).cell(9.977611116427792E8));
    }

    @Test
    void selectionsKeepTableOrder() {
        List<String> console = ModeQuantities.FIGURES.onConsole().stream().map(Quantity::key).toList();
        assertEquals(List.of("Q0", "G_ohm", "RoverQ_ohm", "transitTimeFactor", "EpkOverEacc",
                "BpkOverEacc_mT_per_MVm", "EaccOverHpk_ohm"), console);
        List<String> all = ModeQuantities.FIGURES.entries().stream().map(Quantity::key).toList();
        List<String> csv = ModeQuantities.FIGURES.in(Output.MODES_CSV).stream().map(Quantity::key).toList();
        int previous = -1;
        for (String key : csv) {
            assertTrue(all.indexOf(key) > previous, key + " out of order");
            previous = all.indexOf(key);
        }
        assertEquals("Eacc_V_per_m", ModeQuantities.FIGURES.get("Eacc_V_per_m").key());
        assertThrows(IllegalArgumentException.class, () -> ModeQuantities.FIGURES.get("nonsense"));
    }
}
