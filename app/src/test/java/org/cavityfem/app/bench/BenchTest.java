package org.cavityfem.app.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.cavityfem.solver.ModeSolver;
import org.cavityfem.study.Study;
import org.junit.jupiter.api.Test;

/** The bench's table and its accuracy column on one small mesh per reference; no timing is checked. */
class BenchTest {

    @Test
    void oneRungPerReferenceGivesRowsErrorsAndBestLines() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Bench bench = new Bench(new Study(new ModeSolver()), new PrintStream(bytes, true, StandardCharsets.UTF_8));
        List<BenchRow> rows = bench.run(References.all(), new Ladder(Map.of(4, List.of(4))));
        String table = bytes.toString(StandardCharsets.UTF_8);
        assertEquals(0, bench.failures(), table);
        assertEquals(List.of("pillbox", "sphere"), rows.stream().map(BenchRow::reference).toList());
        for (BenchRow row : rows) {
            assertEquals(4, row.order());
            // Order 4 with four elements across the cavity is far below 1e-6 for both closed forms.
            assertTrue(row.relativeError() < 1e-6, table);
        }
        assertTrue(table.startsWith("case     order   h (mm)"), table);
        assertTrue(table.contains("best pillbox"), table);
        assertTrue(table.contains("best sphere"), table);
    }

    @Test
    void referencesCarryTheClosedForms() {
        // TM010 of the pillbox: k R = j01; lowest TM mode of the sphere: k a = 2.743707269992269.
        assertEquals(2.404825557695773, References.pillbox().waveNumber() * 0.115, 1e-15);
        assertEquals(2.743707269992269, References.sphere().waveNumber() * 0.1, 1e-15);
        assertEquals(List.of(1, 2, 3, 4), Ladder.full().orders());
    }
}
