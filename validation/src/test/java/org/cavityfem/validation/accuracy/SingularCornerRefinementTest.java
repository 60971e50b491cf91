package org.cavityfem.validation.accuracy;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.cavityfem.analysis.accuracy.AccuracyReport;
import org.cavityfem.solver.ModeSolver;
import org.cavityfem.study.PreparedCase;
import org.cavityfem.study.Study;
import org.cavityfem.study.StudyListener;
import org.cavityfem.study.StudyResult;
import org.cavityfem.study.adapt.AdaptiveSolve;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A pillbox with a square-edged beam pipe: the step from end plate to pipe is a re-entrant corner
 * of interior angle 3π/2, where H_phi ∝ ρ^(2/3) and |E| ∝ ρ^(−1/3) (the corner exponent π/α with
 * α = 3π/2; J. Meixner, IEEE Trans. Antennas Propag. 20 (1972) 442), so E_pk has no finite value.
 * With {@code mesh.accuracy} the refinement must end (not loop), name E_pk and the corner's
 * (z, r) = (±L/2, pipe radius) among its shortfalls, and still meet the target on every other
 * figure.
 */
class SingularCornerRefinementTest {

    @TempDir
    Path dir;

    @Test
    void reportsTheSingularPeakAtTheCornerInsteadOfLooping() throws Exception {
        Path file = dir.resolve("pipe.json");
        Files.writeString(file, """
                {"name": "pipe", "geometry": {"type": "pillbox", "radius": "115 mm", "gap": "115 mm",
                   "beamPipe": {"radius": "30 mm", "length": "50 mm"}},
                 "mesh": {"order": 4, "elementSize": "40 mm", "accuracy": 1e-4},
                 "rf": {"activeLength": "115 mm"}}
                """);
        StudyResult r = new Study(new ModeSolver(), StudyListener.none()).run(PreparedCase.read(file));
        AccuracyReport a = r.accuracy().orElseThrow();
        assertFalse(a.met());
        assertTrue(a.history().size() < AdaptiveSolve.MAX_ITERATIONS, "the loop ended on its own");
        String all = String.join("\n", a.shortfalls());
        assertTrue(all.contains("Epk_V_per_m") && all.contains("EpkOverEacc"), all);
        assertTrue(all.contains("re-entrant corner (z = -0.0575000 m, r = 0.0300000 m"), all);
        for (var e : a.mode(0).values().entrySet()) {
            if (!e.getKey().startsWith("Epk") && !e.getKey().equals("kilpatrickRatio")) {
                assertTrue(e.getValue() <= 1e-4, e.getKey() + " meets its target: " + e.getValue());
            }
        }
    }
}
