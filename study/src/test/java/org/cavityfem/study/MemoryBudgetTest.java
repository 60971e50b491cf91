package org.cavityfem.study;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MemoryBudgetTest {

    private static final long GIB = 1L << 30;

    /**
     * The estimate covers the measured peaks it was fitted to (README, "Large problems": 2.0 GiB at
     * 1.01 million order-4 unknowns, 3.3 GiB at 1.62 million) by at most 25 %, so it refuses only
     * what would really not fit.
     */
    @Test
    void theEstimateCoversTheMeasuredPeaksWithoutMuchMargin() {
        for (double[] measured : new double[][] {{1.01e6, 2.0}, {1.62e6, 3.3}}) {
            double estimate = MemoryBudget.estimate((long) measured[0]) / (double) GIB;
            assertTrue(estimate >= measured[1] && estimate <= 1.25 * measured[1],
                    measured[0] + " unknowns: estimate " + estimate + " GiB, measured " + measured[1]);
        }
    }

    @Test
    void aCaseBeyondTheHeapIsRefusedWithTheSettingToChange() {
        var e = assertThrows(MemoryBudget.CaseTooLargeException.class, () -> MemoryBudget.check(1_000_000, GIB));
        assertTrue(e.getMessage().contains("about 1,000,000 unknowns") && e.getMessage().contains("-Xmx3g")
                && e.getMessage().contains("mesh.elementSize"), e.getMessage());
        assertDoesNotThrow(() -> MemoryBudget.check(20_000, GIB / 4));
    }
}
