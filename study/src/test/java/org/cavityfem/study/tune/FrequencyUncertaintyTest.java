package org.cavityfem.study.tune;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.cavityfem.casefile.CaseDefinition;
import org.cavityfem.casefile.CaseFile;
import org.cavityfem.casefile.CaseReader;
import org.cavityfem.casefile.CaseResolver;
import org.cavityfem.casefile.ContourFactory;
import org.cavityfem.solver.ModeSolver;
import org.cavityfem.study.Study;
import org.cavityfem.units.PhysicalConstants;
import org.junit.jupiter.api.Test;

/**
 * The tuned dimension's uncertainty from the frequency's error estimate (design.md §2.14, "Tuning"):
 * the radius of a closed pillbox tuned to 1.3 GHz on a coarse order-3 mesh. The TM010 frequency
 * depends on the radius alone, f = c j01 / (2π R) (Jackson, Classical Electrodynamics, 3rd ed.,
 * §8.7), so the exact radius is R = c j01 / (2π f) = 88.2635 mm and the tuned radius's true error
 * is known; the reported uncertainty f ε / |df/dR| must lie within a factor 10 of it (the
 * effectivity rule of the estimates), with the search's own tolerance (1e-11 relative) far below.
 */
class FrequencyUncertaintyTest {

    private static final String PILLBOX = """
            {
              "name": "tuned-pillbox",
              "geometry": {"type": "pillbox", "radius": "90 mm", "gap": "100 mm"},
              "mesh": {"order": 3, "elementSize": "40 mm"},
              "solver": {"modes": 1}
            }
            """;

    @Test
    void uncertaintyOfTheTunedRadiusMatchesItsTrueError() {
        CaseFile file = CaseReader.parse("tuned-pillbox.json", PILLBOX);
        CaseDefinition c = CaseResolver.resolve(file.definition(), ContourFactory.build(file));
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        Tuning tuning = new Tuning(c, new Study(new ModeSolver()), new PrintStream(log, true, StandardCharsets.UTF_8), 20);
        double target = 1.3e9;
        Tuning.FrequencyTuning t = tuning.tuneFrequency(c.geometry(), "radius", target, 1e-11);
        String printed = log.toString(StandardCharsets.UTF_8);
        double exact = PhysicalConstants.SPEED_OF_LIGHT * PhysicalConstants.J01 / (2 * Math.PI * target);
        double trueError = Math.abs(t.value() - exact);
        double effectivity = t.uncertainty() / trueError;
        System.out.printf("tuned R = %.9f mm, exact %.9f mm, true error %.3e mm, uncertainty %.3e mm, "
                + "effectivity %.2f, df/dR %.6g MHz/mm%n", t.value() * 1e3, exact * 1e3, trueError * 1e3,
                t.uncertainty() * 1e3, effectivity, t.slope() * 1e-9);
        // df/dR = −f/R for f ∝ 1/R.
        assertEquals(-target / exact, t.slope(), 1e-3 * target / exact, printed);
        assertTrue(trueError > 1e-9 * exact, "the coarse mesh leaves a visible error: " + trueError);
        assertTrue(effectivity >= 0.1 && effectivity <= 10, "effectivity " + effectivity + "\n" + printed);
        assertTrue(printed.contains("radius uncertain by"), printed);
    }

    @Test
    void noUncertaintyWhenTheCaseRefusesEstimates() {
        CaseFile file = CaseReader.parse("tuned-pillbox.json", PILLBOX.replace("\"elementSize\": \"40 mm\"",
                "\"elementSize\": \"40 mm\", \"errorEstimate\": false"));
        CaseDefinition c = CaseResolver.resolve(file.definition(), ContourFactory.build(file));
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        Tuning tuning = new Tuning(c, new Study(new ModeSolver()), new PrintStream(log, true, StandardCharsets.UTF_8), 20);
        Tuning.FrequencyTuning t = tuning.tuneFrequency(c.geometry(), "radius", 1.3e9, 1e-9);
        assertTrue(Double.isNaN(t.uncertainty()));
        assertTrue(log.toString(StandardCharsets.UTF_8).contains("mesh.errorEstimate is false"));
    }
}
