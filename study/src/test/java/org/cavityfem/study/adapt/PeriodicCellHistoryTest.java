package org.cavityfem.study.adapt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.cavityfem.analysis.accuracy.AccuracyTarget;
import org.cavityfem.analysis.accuracy.PeriodicCellStep;
import org.cavityfem.analysis.passband.CellCoupling;
import org.cavityfem.mesh.MeshSettings;
import org.junit.jupiter.api.Test;

/**
 * The periodic mid-cell's own refinement steps as {@link PeriodicCellAccuracy} records them for
 * summary.json's {@code accuracy.periodicCellHistory}. The cells are a model with a closed-form
 * spectrum instead of solves: the two cells' frequencies f_0 = F0 (1 + e), f_π = Fπ (1 + e) with
 * e = (h/H)^{2p} 10^{−p}, an eigenvalue-like error, so k_cc of order p and the estimate
 * |k_p − k_{p+1}| / |k_p| follow from k = 2(f_π − f_0)/(f_π + f_0) exactly (k does not depend on a
 * common factor (1 + e), so each cell gets its own: f_π's error is twice f_0's).
 */
class PeriodicCellHistoryTest {

    private static final double F0 = 1.2747e9;
    private static final double FPI = 1.3e9;
    private static final double H = 0.04;

    private static double error(MeshSettings s, int order) {
        return Math.pow(s.elementSize() / H, 2 * order) * Math.pow(10, -order);
    }

    private static CellCoupling at(MeshSettings s, int order) {
        double e = error(s, order);
        return new CellCoupling(F0 * (1 + e), FPI * (1 + 2 * e));
    }

    private static CellCoupling[] model(MeshSettings s) {
        return new CellCoupling[] {at(s, s.order()), at(s, s.order() + 1)};
    }

    @Test
    void everyPairOfSolvesIsAStepWithWhatFollowed() {
        PeriodicCellAccuracy.Result r = PeriodicCellAccuracy.run(MeshSettings.of(4, H),
                Optional.of(AccuracyTarget.of(1e-8)), PeriodicCellHistoryTest::model, line -> { });
        List<PeriodicCellStep> h = r.history();
        assertTrue(r.shortfall().isEmpty(), r.shortfall().orElse(""));
        // Orders 4 to 7 on 40 mm (e = 1e-7 at order 7, k_cc magnifying it), then 20 mm at order 7 (2^-14 of it).
        assertEquals(List.of(4, 5, 6, 7, 7), h.stream().map(PeriodicCellStep::order).toList());
        assertEquals(List.of(PeriodicCellStep.RAISE_ORDER, PeriodicCellStep.RAISE_ORDER, PeriodicCellStep.RAISE_ORDER,
                PeriodicCellStep.HALVE_SIZE, PeriodicCellStep.DONE), h.stream().map(PeriodicCellStep::action).toList());
        assertEquals(H / 2, h.get(4).elementSize(), 0);
        for (int i = 0; i < h.size(); i++) {
            PeriodicCellStep s = h.get(i);
            assertEquals(i, s.iteration());
            MeshSettings settings = MeshSettings.of(s.order(), s.elementSize());
            double low = at(settings, s.order()).coupling();
            double high = at(settings, s.order() + 1).coupling();
            assertEquals(low, s.coupling(), 0, "k_cc of step " + i);
            assertEquals(Math.abs(low - high) / Math.abs(low), s.estimate(), 1e-12 * s.estimate(), "estimate of step " + i);
            assertTrue(s.seconds() >= 0);
        }
        assertEquals(h.get(4).coupling(), r.coupling().coupling(), 0);
        assertEquals(h.get(4).estimate(), r.estimate(), 0);
    }

    @Test
    void withoutATargetOneStepAndAStalledLoopEndsInAStop() {
        PeriodicCellAccuracy.Result once = PeriodicCellAccuracy.run(MeshSettings.of(4, H), Optional.empty(),
                PeriodicCellHistoryTest::model, line -> { });
        assertEquals(1, once.history().size());
        assertEquals(PeriodicCellStep.DONE, once.history().get(0).action());
        // Cells whose error does not fall: the second step's estimate does not halve.
        PeriodicCellAccuracy.Result stalled = PeriodicCellAccuracy.run(MeshSettings.of(4, H),
                Optional.of(AccuracyTarget.of(1e-8)),
                s -> new CellCoupling[] {new CellCoupling(F0, FPI), new CellCoupling(F0, FPI * (1 + 1e-6))}, line -> { });
        assertTrue(stalled.shortfall().isPresent());
        assertEquals(List.of(PeriodicCellStep.RAISE_ORDER, PeriodicCellStep.STOP),
                stalled.history().stream().map(PeriodicCellStep::action).toList());
    }
}
