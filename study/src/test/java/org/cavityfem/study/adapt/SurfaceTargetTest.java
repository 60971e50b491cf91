package org.cavityfem.study.adapt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cavityfem.analysis.accuracy.AccuracyReport;
import org.cavityfem.analysis.accuracy.AccuracyTarget;
import org.cavityfem.analysis.accuracy.ModeErrors;
import org.cavityfem.analysis.accuracy.RefinementStep;
import org.cavityfem.solver.ModeSolver;
import org.cavityfem.study.PreparedCase;
import org.cavityfem.study.Study;
import org.cavityfem.study.StudyListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The superconducting-surface figures drive the refinement only when {@code mesh.accuracy} names a
 * {@code surface} target (design.md §2.14): with loose targets on the frequency and the figures, the
 * pillbox at order 3 is done at once, and a surface target of 1e-6 makes the loop go on until every
 * surface estimate meets it.
 */
class SurfaceTargetTest {

    @TempDir
    Path dir;

    private AccuracyReport run(String accuracy) throws Exception {
        Path file = dir.resolve("pillbox.json");
        Files.writeString(file, """
                {
                  "name": "pillbox",
                  "geometry": {"type": "pillbox", "radius": "115 mm", "gap": "115 mm"},
                  "mesh": {"order": 3, "elementSize": "40 mm", "accuracy": ACCURACY},
                  "solver": {"modes": 1}
                }
                """.replace("ACCURACY", accuracy));
        return new Study(new ModeSolver(), StudyListener.none()).run(PreparedCase.read(file)).accuracy().orElseThrow();
    }

    @Test
    void surfaceFiguresAreTargetsOnlyWhenNamed() throws Exception {
        AccuracyReport loose = run("{\"frequency\": 0.5, \"figures\": 0.5}");
        assertEquals(1, loose.history().size(), "loose targets are met at once");
        assertTrue(loose.met());

        AccuracyReport surface = run("{\"frequency\": 0.5, \"figures\": 0.5, \"surface\": 1e-6}");
        List<RefinementStep> history = surface.history();
        assertTrue(history.size() > 1, "the surface target refines: " + history);
        assertTrue(history.get(0).worstKey().startsWith(AccuracyTarget.SURFACE_PREFIX), history.get(0).worstKey());
        assertTrue(history.get(0).worst().get("surface") > 1e-6, history.get(0).toString());
        assertTrue(surface.met(), surface.shortfalls().toString());
        for (ModeErrors e : surface.modes()) {
            e.surface().forEach((key, v) -> assertTrue(v <= surface.target().orElseThrow()
                    .of(AccuracyTarget.SURFACE_PREFIX + key), key + " " + v));
        }
    }
}
