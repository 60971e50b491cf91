package org.cavityfem.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.cavityfem.analysis.accuracy.AccuracyReport;
import org.cavityfem.analysis.merit.ModeAnalysis;
import org.cavityfem.casefile.CaseReader;
import org.cavityfem.solver.ModeSolver;
import org.cavityfem.units.PhysicalConstants;
import org.junit.jupiter.api.Test;

/**
 * With {@code mesh.accuracy} the study reuses the refinement loop's last analyses and the reference
 * analyses behind its estimates instead of computing them again. The results must be the same bits
 * as a single solve at the order the loop ended at ({@code mesh.errorEstimate}, same settings, so the
 * same triangulation and solves) computes afresh: for a single cell, and for three cells, whose
 * passband gives every mode the active length N λ_π/2 of the π-mode (not N λ/2 of each mode's own
 * frequency), which the loop must have used too for its analyses to be reusable. The loop's first mesh
 * is graded for its target, so the fresh solve of the cells is meshed as that target grades.
 */
class RefinementReuseTest {

    private static final String PILLBOX = """
            {"name": "pillbox", "geometry": {"type": "pillbox", "radius": "115 mm", "gap": "115 mm"},
             "mesh": {"order": %d, "elementSize": "40 mm", %s}, "solver": {"modes": 1},
             "rf": {"activeLength": "115 mm"}}
            """;

    private static final String CHAIN = """
            {"name": "chain", "geometry": {"type": "elliptical", "cells": 3, "endPlanes": "magnetic",
               "midCell": {"Req": "103.3 mm", "Ri": "35 mm", "A": "42 mm", "B": "42 mm", "a": "12 mm",
                           "b": "19 mm", "L": "57.7 mm"}},
             "mesh": {"order": %d, "elementSize": "30 mm", "maxArcAngle_deg": 30, %s}, "solver": {"modes": 3}}
            """;

    @Test
    void aSingleCellGetsTheSameFiguresAndEstimatesAsAFreshSolve() {
        StudyResult refined = run(PILLBOX, 3, "\"accuracy\": 1e-6");
        int order = refined.mesh().order();
        assertEquals(7, order, "1e-6 starts at order 7");
        StudyResult fresh = run(PILLBOX, order, "\"errorEstimate\": true");
        assertSame(fresh, refined);
    }

    @Test
    void aPassbandsModesGetThePiModesActiveLength() {
        StudyResult refined = run(CHAIN, 3, "\"accuracy\": 1e-2");
        assertTrue(refined.passband().isPresent(), "the chain's passband is found");
        double pi = refined.solution().modes().get(refined.passband().get().piMode().modeIndex()).frequency();
        for (ModeAnalysis a : refined.analyses()) {
            assertEquals(3 * PhysicalConstants.SPEED_OF_LIGHT / (2 * pi), a.figures().activeLength(), 1e-15,
                    "N λ/2 of the π-mode for every mode");
        }
        // The loop grades its first mesh for the target (design.md §2.14): at 1e-2 the cells' curvature
        // jumps (λ = 2) need none, q = ln 1e-2 / (2 ln(h/ℓ)) < 2, so the same triangulation is the
        // ungraded one.
        StudyResult fresh = run(CHAIN, refined.mesh().order(), "\"errorEstimate\": true, \"singularRefinement\": false");
        assertSame(fresh, refined);
    }

    private static void assertSame(StudyResult expected, StudyResult actual) {
        assertEquals(expected.solution().unknowns(), actual.solution().unknowns());
        for (int i = 0; i < expected.analyses().size(); i++) {
            // Records compare their doubles bit for bit.
            assertEquals(expected.analyses().get(i).figures(), actual.analyses().get(i).figures(), "mode " + i);
            assertEquals(expected.analyses().get(i).rows(), actual.analyses().get(i).rows(), "mode " + i);
        }
        AccuracyReport e = expected.accuracy().orElseThrow();
        AccuracyReport a = actual.accuracy().orElseThrow();
        assertEquals(e.modes().size(), a.modes().size());
        for (int i = 0; i < e.modes().size(); i++) {
            assertEquals(e.mode(i).values(), a.mode(i).values(), "estimates of mode " + i);
            assertEquals(e.mode(i).surface(), a.mode(i).surface(), "surface estimates of mode " + i);
        }
    }

    private static StudyResult run(String template, int order, String accuracy) {
        String text = String.format(Locale.ROOT, template, order, accuracy);
        return new Study(new ModeSolver()).run(PreparedCase.of("case", CaseReader.parse("case.json", text)
                .definition()));
    }
}
