package org.cavityfem.output.vtk;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Wall columns keep their order, and further columns join the same rows. */
class WallLinesTest {

    @Test
    void addedColumnsFollowTheTablesOwn() {
        WallLines lines = new WallLines(new double[] {0, 1}, new double[] {1, 1}, new int[] {0, 0},
                Map.of("K (A/m)", new double[] {2, 3}));
        WallLines more = lines.with("v0 (m/s)", new double[] {5, 7});
        assertEquals(List.of("K (A/m)", "v0 (m/s)"), List.copyOf(more.columns().keySet()));
        assertArrayEquals(new double[] {5, 7}, more.columns().get("v0 (m/s)"));
        assertEquals(1, lines.columns().size(), "the original is unchanged");
        assertThrows(IllegalArgumentException.class, () -> more.with("K (A/m)", new double[] {0, 0}));
        assertThrows(IllegalArgumentException.class, () -> lines.with("x", new double[] {0}));
    }
}
