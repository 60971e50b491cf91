package org.cavityfem.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.ForkJoinPool;
import org.cavityfem.analysis.field.ModeField;
import org.cavityfem.analysis.merit.ModeAnalysis;
import org.cavityfem.analysis.superconducting.ModeSurface;
import org.cavityfem.casefile.ActiveLength;
import org.cavityfem.casefile.CaseDefinition;
import org.cavityfem.casefile.ContourFactory;
import org.cavityfem.solver.Mode;
import org.cavityfem.solver.ModeSolution;
import org.cavityfem.solver.ModeSolver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The modes of a run are analysed in parallel with one shared point locator; the figures must be the
 * same bits as a sequential analysis of each mode with a locator of its own, on one thread or many
 * (records compare their doubles bit for bit).
 */
class MeritStageTest {

    private static final String PILLBOX = """
            {
              "name": "pillbox-four-modes",
              "geometry": {"type": "pillbox", "radius": "115 mm", "gap": "115 mm"},
              "mesh": {"order": 3, "elementSize": "30 mm"},
              "solver": {"modes": 4}
            }
            """;

    @TempDir
    Path dir;

    @Test
    void parallelAnalysisEqualsTheSequentialOneBitForBit() throws Exception {
        CaseDefinition c = prepare().resolved();
        ModeSolution solution = new Study(new ModeSolver()).solve(
                ContourFactory.contour(c.geometry()), c.mesh().settings(),
                c.solver().request()).solution();
        assertEquals(4, solution.modes().size());
        List<ModeAnalysis> sequential = solution.modes().stream().map(m -> alone(solution, m, c)).toList();
        List<ModeSurface> sequentialSurfaces = sequential.stream()
                .map(a -> ModeSurface.of(a, c.superconductor().material(), c.superconductor().temperature()))
                .toList();
        for (int threads : new int[] {1, 2, 4}) {
            ForkJoinPool pool = new ForkJoinPool(threads);
            try {
                List<ModeAnalysis> parallel = pool.submit(() -> MeritStage.analyse(solution, c, Optional.empty()))
                        .get();
                List<ModeSurface> surfaces = pool.submit(() -> SurfaceStage.analyse(parallel, c.superconductor()))
                        .get();
                for (int i = 0; i < sequential.size(); i++) {
                    assertEquals(sequential.get(i).figures(), parallel.get(i).figures(), "mode " + i);
                    assertEquals(sequential.get(i).segments(), parallel.get(i).segments(), "mode " + i);
                    assertEquals(sequential.get(i).rows(), parallel.get(i).rows(), "mode " + i);
                    assertSameSurface(sequentialSurfaces.get(i), surfaces.get(i));
                }
            } finally {
                pool.shutdown();
            }
        }
    }

    /**
     * The refinement loop's analyses leave the charge-current check out: every other figure is the
     * same bits, the mismatch NaN; adding the check afterwards gives the mismatch of the full
     * analysis, bit for bit, for the mode's own field and wall table.
     */
    @Test
    void theChargeCurrentCheckMadeLaterIsTheSameBits() throws Exception {
        CaseDefinition c = prepare().resolved();
        ModeSolution solution = new Study(new ModeSolver()).solve(
                ContourFactory.contour(c.geometry()), c.mesh().settings(),
                c.solver().request()).solution();
        List<ModeAnalysis> full = MeritStage.analyse(solution, c, OptionalDouble.empty());
        List<ModeAnalysis> without = MeritStage.analyse(solution, c, OptionalDouble.empty(), false);
        List<ModeAnalysis> later = MeritStage.withChargeCurrentChecks(without);
        for (int i = 0; i < full.size(); i++) {
            double mismatch = full.get(i).figures().chargeCurrentMismatch();
            assertTrue(Double.isFinite(mismatch), "mode " + i);
            assertTrue(Double.isNaN(without.get(i).figures().chargeCurrentMismatch()), "mode " + i);
            assertEquals(full.get(i).figures().withChargeCurrentMismatch(Double.NaN), without.get(i).figures(),
                    "mode " + i);
            assertEquals(full.get(i).figures(), later.get(i).figures(), "mode " + i);
            assertEquals(full.get(i).rows(), later.get(i).rows(), "mode " + i);
            assertEquals(full.get(i).segments(), later.get(i).segments(), "mode " + i);
        }
    }

    private static void assertSameSurface(ModeSurface expected, ModeSurface actual) {
        assertEquals(expected.rows().fields(), actual.rows().fields());
        assertEquals(expected.summary().profile().fields(), actual.summary().profile().fields());
        assertEquals(expected.summary().peakCurrentSample(), actual.summary().peakCurrentSample());
        assertEquals(expected.summary().largestCharge(), actual.summary().largestCharge());
        for (int j = 0; j < expected.rows().size(); j++) {
            assertEquals(expected.rows().heatingDensity(j), actual.rows().heatingDensity(j));
            assertEquals(expected.rows().excursion(j), actual.rows().excursion(j));
        }
    }

    private static ModeAnalysis alone(ModeSolution solution, Mode mode, CaseDefinition c) {
        return ModeAnalysis.of(ModeField.of(solution.mesh(), mode),
                c.rf().settings(ActiveLength.perMode(c, mode.frequency())));
    }

    private PreparedCase prepare() throws IOException {
        Path file = dir.resolve("case.json");
        Files.writeString(file, PILLBOX);
        return PreparedCase.read(file);
    }
}
