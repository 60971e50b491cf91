package org.cavityfem.validation.accuracy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.apache.commons.math3.special.BesselJ;
import org.cavityfem.analysis.accuracy.AccuracyReport;
import org.cavityfem.analysis.accuracy.AccuracyTarget;
import org.cavityfem.analysis.merit.FiguresOfMerit;
import org.cavityfem.solver.ModeSolver;
import org.cavityfem.study.PreparedCase;
import org.cavityfem.study.Study;
import org.cavityfem.study.StudyListener;
import org.cavityfem.study.StudyResult;
import org.cavityfem.study.adapt.AdaptiveSolve;
import org.cavityfem.units.PhysicalConstants;
import org.junit.jupiter.api.Test;

/**
 * The default of a case without {@code mesh.accuracy} (docs/case-format.md): the shipped pillbox
 * (28 triangles) is within the default refinement budget and ends with every estimate at most
 * {@link AccuracyTarget#DEFAULT} and its figures within 1e-8 of the closed forms (Jackson,
 * Classical Electrodynamics, 3rd ed., §8.7; as in {@link AdaptivePillboxTest}: k = j01/R,
 * T = sin(kL/2)/(kL/2), R/Q (linac) = 2 L T²/(π ω ε0 R² J1(j01)²), E_pk/E_acc = 1/T); the shipped
 * sphere (306 triangles) is above it and gets its estimates on its own mesh and order.
 */
class DefaultAccuracyTest {

    private static final Path CASES = Path.of("..", "cases");
    private static final double R = 0.115;
    private static final double L = 0.115;

    @Test
    void theShippedPillboxIsRefinedToTheDefaultTarget() throws Exception {
        StudyResult r = run("pillbox.json");
        AccuracyReport a = r.accuracy().orElseThrow();
        assertEquals(AccuracyReport.DEFAULT, a.policy());
        assertEquals(Optional.of(AccuracyTarget.DEFAULT), a.target());
        assertTrue(a.met(), () -> "shortfalls: " + a.shortfalls());
        for (var e : a.mode(0).values().entrySet()) {
            assertTrue(e.getValue() <= AccuracyTarget.DEFAULT.of(e.getKey()), e.getKey() + " " + e.getValue());
        }
        FiguresOfMerit f = r.analyses().get(0).figures();
        double k = PhysicalConstants.J01 / R;
        double t = Math.sin(k * L / 2) / (k * L / 2);
        double j1 = BesselJ.value(1, PhysicalConstants.J01);
        double rOverQ = 2 * L * t * t
                / (Math.PI * PhysicalConstants.SPEED_OF_LIGHT * k * PhysicalConstants.EPSILON_0 * R * R * j1 * j1);
        assertEquals(1, r.solution().modes().get(0).waveNumber() / k, 1e-8, "k");
        assertEquals(1, f.rOverQ() / rOverQ, 1e-8, "R/Q");
        assertEquals(1, f.transitTimeFactor() / t, 1e-8, "T");
        assertEquals(1, f.peakElectricOverAccelerating() * t, 1e-8, "Epk/Eacc");
        // The prediction the budget is decided on is close to the solve it predicts.
        int elements = r.mesh().elementCount();
        assertEquals(r.solution().unknowns(), AdaptiveSolve.predictedUnknowns(elements, 1), 0.1 * r.solution().unknowns());
    }

    @Test
    void theShippedSphereIsAboveTheBudgetAndGetsEstimatesOnly() throws Exception {
        StudyResult r = run("sphere.json");
        AccuracyReport a = r.accuracy().orElseThrow();
        assertEquals(AccuracyReport.ESTIMATES, a.policy());
        assertEquals(Optional.empty(), a.target());
        assertEquals(4, r.mesh().order(), "the case's own order");
        assertTrue(AdaptiveSolve.predictedUnknowns(r.mesh().elementCount(), 1) > AdaptiveSolve.DEFAULT_TARGET_BUDGET);
    }

    private static StudyResult run(String name) throws Exception {
        return new Study(new ModeSolver(), StudyListener.none()).run(PreparedCase.read(CASES.resolve(name)));
    }
}
