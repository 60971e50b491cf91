package org.cavityfem.validation.accuracy;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.cavityfem.analysis.accuracy.PassbandErrors;
import org.cavityfem.analysis.passband.Passband;
import org.cavityfem.solver.ModeSolver;
import org.cavityfem.study.PreparedCase;
import org.cavityfem.study.Study;
import org.cavityfem.study.StudyListener;
import org.cavityfem.study.StudyResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The estimates of a passband's k_cc and field flatness (design.md §2.14, "Passband figures") on a
 * cavity of two TESLA mid-cells with 35 mm beam pipes, solved at order 3 on 30 mm elements: k_cc
 * against a much finer solve (order 7 on 12 mm elements, whose own k_cc estimate is far smaller),
 * and the flatness against its closed form: the cavity is mirror-symmetric about its middle iris,
 * so the π-mode's two cells carry equal peaks and the flatness is exactly 1. Each effectivity
 * (estimate / true error) must lie within a factor 10 of 1.
 */
class PassbandEstimateTest {

    private static final String TWO_CELLS = """
            {
              "name": "two-cell",
              "geometry": {"type": "elliptical", "cells": 2,
                "midCell": {"Req": "103.3 mm", "Ri": "35 mm", "A": "42 mm", "B": "42 mm", "a": "12 mm",
                            "b": "19 mm", "L": "57.7 mm"},
                "beamPipe": {"radius": "35 mm", "length": "60 mm"}},
              "mesh": {"order": ORDER, "elementSize": "SIZE", "errorEstimate": true},
              "solver": {"modes": 2}
            }
            """;

    @TempDir
    Path dir;

    private StudyResult run(int order, String size) throws Exception {
        Path file = dir.resolve("two-cell-" + order + ".json");
        Files.writeString(file, TWO_CELLS.replace("ORDER", Integer.toString(order)).replace("SIZE", size));
        return new Study(new ModeSolver(), StudyListener.none()).run(PreparedCase.read(file));
    }

    @Test
    void couplingAgainstAFineSolveAndFlatnessAgainstSymmetry() throws Exception {
        StudyResult coarse = run(3, "30 mm");
        StudyResult fine = run(7, "12 mm");
        Passband p = coarse.passband().orElseThrow();
        Passband reference = fine.passband().orElseThrow();
        var estimates = coarse.accuracy().orElseThrow().passband();
        double kcc = estimates.get(PassbandErrors.COUPLING);
        double flat = estimates.get(PassbandErrors.FLATNESS);
        double fineKcc = fine.accuracy().orElseThrow().passband().get(PassbandErrors.COUPLING);
        double kccError = Math.abs(p.coupling() - reference.coupling()) / Math.abs(p.coupling());
        double flatError = Math.abs(1 - p.fieldFlatness());
        System.out.printf(Locale.ROOT, "two-cell order 3, 30 mm: k_cc %.9f (fine %.9f), true error %.2e, estimate "
                + "%.2e, effectivity %.2f (fine's estimate %.1e); flatness %.9f, true error %.2e, estimate %.2e, "
                + "effectivity %.2f%n", p.coupling(), reference.coupling(), kccError, kcc, kcc / kccError, fineKcc,
                p.fieldFlatness(), flatError, flat, flat / flatError);
        assertTrue(fineKcc < 0.01 * kccError, "the fine solve is much more accurate: " + fineKcc);
        assertTrue(kcc / kccError >= 0.1 && kcc / kccError <= 10, "k_cc effectivity " + kcc / kccError);
        assertTrue(flat / flatError >= 0.1 && flat / flatError <= 10, "flatness effectivity " + flat / flatError);
    }
}
