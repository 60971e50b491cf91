package org.cavityfem.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cavityfem.analysis.accuracy.AccuracyReport;
import org.cavityfem.analysis.accuracy.AccuracyTarget;
import org.cavityfem.analysis.accuracy.PeriodicCellStep;
import org.cavityfem.analysis.accuracy.RefinementStep;
import org.cavityfem.analysis.passband.CellCoupling;
import org.junit.jupiter.api.Test;

/**
 * summary.json's {@code accuracy.periodicCellHistory}: the periodic mid-cell's steps, apart from the
 * cavity's {@code history}, written only when there is a periodic cell. The couplings are
 * k = 2(f_π − f_0)/(f_π + f_0) of two frequency pairs ({@link CellCoupling}), written in full.
 */
class AccuracyJsonTest {

    private static final RefinementStep CAVITY = new RefinementStep(0, 7, 196, 4823,
            Map.of("frequency", 1e-11, "figures", 2e-7), "RoverQ_ohm", "done", 0.4);

    @Test
    void thePeriodicCellsStepsHaveTheirOwnSection() throws Exception {
        double k4 = new CellCoupling(1.2747e9, 1.3e9).coupling();
        double k5 = new CellCoupling(1.2747001e9, 1.3000001e9).coupling();
        List<PeriodicCellStep> cells = List.of(
                new PeriodicCellStep(0, 4, 0.01, k4, 3.2e-7, PeriodicCellStep.RAISE_ORDER, 0.12),
                new PeriodicCellStep(1, 5, 0.01, k5, 4.1e-9, PeriodicCellStep.DONE, 0.2));
        AccuracyReport report = new AccuracyReport(8, List.of(), Optional.of(AccuracyTarget.of(1e-8)),
                List.of(CAVITY), List.of(), AccuracyReport.CASE, Map.of(), cells);
        JsonNode a = new ObjectMapper().readTree(AccuracyJson.section(report).toString());
        assertEquals(1, a.path("history").size(), "the cavity's history is the cavity's");
        JsonNode h = a.path("periodicCellHistory");
        assertEquals(2, h.size());
        assertEquals(List.of("iteration", "order", "elementSize_m", "cellToCellCoupling", "estimate", "action", "time_s"),
                fieldNames(h.get(0)));
        assertEquals(4, h.get(0).path("order").asInt());
        assertEquals(0.01, h.get(0).path("elementSize_m").asDouble(), 0);
        assertEquals(k4, h.get(0).path("cellToCellCoupling").asDouble(), 0);
        assertEquals(k5, h.get(1).path("cellToCellCoupling").asDouble(), 0);
        assertEquals(3.2e-7, h.get(0).path("estimate").asDouble(), 0);
        assertEquals("raise order", h.get(0).path("action").asText());
        assertEquals("done", h.get(1).path("action").asText());
    }

    @Test
    void withoutAPeriodicCellThereIsNoSection() throws Exception {
        AccuracyReport report = new AccuracyReport(8, List.of(), Optional.empty(), List.of(CAVITY), List.of(),
                AccuracyReport.ESTIMATES, Map.of());
        JsonNode a = new ObjectMapper().readTree(AccuracyJson.section(report).toString());
        assertFalse(a.has("periodicCellHistory"));
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> out = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(out::add);
        return out;
    }
}
