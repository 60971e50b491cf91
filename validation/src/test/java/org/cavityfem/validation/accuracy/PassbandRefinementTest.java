package org.cavityfem.validation.accuracy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cavityfem.analysis.accuracy.AccuracyReport;
import org.cavityfem.analysis.accuracy.PeriodicCellStep;
import org.cavityfem.analysis.merit.ModeAnalysis;
import org.cavityfem.analysis.merit.ModeQuantities;
import org.cavityfem.analysis.quantity.Quantity;
import org.cavityfem.mesh.MeshGenerator;
import org.cavityfem.mesh.MeshSettings;
import org.cavityfem.solver.ModeSolver;
import org.cavityfem.study.PreparedCase;
import org.cavityfem.study.Study;
import org.cavityfem.study.StudyListener;
import org.cavityfem.study.StudyResult;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A passband refined to 1e-6 on every figure (design.md §2.14): the loop's first mesh is graded for
 * the target, so few iterations follow. Three TESLA mid-cells (Aune et al., PRSTAB 3, 092001 (2000),
 * Table II) between magnetic planes reach it on the first mesh, whose unknowns stay within 1.3 times
 * the nodes the mesher's plan predicts for the target's grading (p² per vertex on an estimated
 * triangle count) and below half of the plan for the grading of order 7's bulk error. The tuned 9-cell ({@code
 * cases/tesla-9cell-tuned.json}, nine modes) took 10 iterations and 552 300 unknowns from the bulk's
 * grading; from the target's it took 3 (49 434, 70 238 and 101 332 unknowns) while the wall's peak
 * search missed maxima just past an element's vertex, and takes 2 (49 434 and 70 091) since it looks
 * into the edge on either side of one (design.md §2.6, §2.14); it must take at most 2.
 */
class PassbandRefinementTest {

    private static final String CHAIN = """
            {"name": "chain", "geometry": {"type": "elliptical", "cells": 3, "endPlanes": "magnetic",
               "midCell": {"Req": "103.3 mm", "Ri": "35 mm", "A": "42 mm", "B": "42 mm", "a": "12 mm",
                           "b": "19 mm", "L": "57.7 mm"}},
             "mesh": {"order": 4, "elementSize": "30 mm", "maxArcAngle_deg": 30, "accuracy": 1e-6},
             "solver": {"modes": 3}}
            """;

    @TempDir
    Path dir;

    @Test
    void threeCellsMeetTheTargetOnTheFirstMesh() throws Exception {
        Path file = dir.resolve("chain.json");
        Files.writeString(file, CHAIN);
        StudyResult r = run(file);
        AccuracyReport a = r.accuracy().orElseThrow();
        assertTrue(a.met(), () -> "shortfalls " + a.shortfalls());
        assertTrue(r.passband().isPresent(), "the passband is found");
        assertTrue(a.history().size() == 1, () -> a.history().size() + " iterations");
        PreparedCase prepared = PreparedCase.read(file);
        MeshSettings order7 = prepared.resolved().mesh().settings().withOrder(7);
        double forTarget = MeshGenerator.plan(prepared.contour(), order7.withGradingAccuracy(1e-6)).expectedNodes();
        double forBulk = MeshGenerator.plan(prepared.contour(), order7).expectedNodes();
        int first = a.history().get(0).unknowns();
        assertTrue(first <= 1.3 * forTarget, () -> first + " unknowns, " + forTarget + " predicted");
        assertTrue(forTarget < forBulk / 2, () -> forTarget + " predicted for the target, " + forBulk + " for the bulk");
    }

    /**
     * A passband at the highest element order (8) with estimates only: the cavity's reference is one
     * order lower (design.md §2.14), and so is the periodic mid-cell's, whose k_cc is estimated beside
     * the passband's (it asked for order 9 and failed before). The estimate compares orders 8 and 7 of
     * one cell mesh: k_cc = 2 (f_π − f_0)/(f_π + f_0) ≈ 0.019 carries the two frequencies' relative
     * errors (about 1e-11 at these orders, design.md §2.14) over k_cc, so it is positive and far below
     * 1e-6.
     */
    @Test
    void orderEightEstimatesThePeriodicCellOneOrderLower() throws Exception {
        Path file = dir.resolve("chain8.json");
        Files.writeString(file, CHAIN.replace("\"order\": 4", "\"order\": 8")
                .replace("\"accuracy\": 1e-6", "\"errorEstimate\": true"));
        AccuracyReport a = run(file).accuracy().orElseThrow();
        assertEquals(1, a.periodicCellHistory().size(), () -> "periodic cell history " + a.periodicCellHistory());
        PeriodicCellStep step = a.periodicCellHistory().get(0);
        assertEquals(8, step.order());
        assertTrue(step.estimate() > 0 && step.estimate() < 1e-6, () -> "k_cc estimate " + step.estimate());
    }

    @Test
    @Tag("slow")
    void tunedNineCellInFewIterations() throws Exception {
        String text = Files.readString(Path.of("..", "cases", "tesla-9cell-tuned.json"));
        String withTarget = text.replace("\"maxArcAngle_deg\": 25 }", "\"maxArcAngle_deg\": 25, \"accuracy\": 1e-6 }");
        assertNotEquals(text, withTarget, "the case's mesh section changed");
        Path file = dir.resolve("nine.json");
        Files.writeString(file, withTarget);
        StudyResult refined = run(file);
        AccuracyReport a = refined.accuracy().orElseThrow();
        assertTrue(a.met(), () -> "shortfalls " + a.shortfalls());
        assertTrue(a.history().size() <= 2, () -> a.history().size() + " iterations: " + a.history());
        agreesWithAFinerUniformSolve(refined, text);
    }

    /**
     * The refined passband against a much finer uniform solve of the same case (order 8, half the
     * element size, half the wall arc per edge, no refinement: 299 576 unknowns against 70 091), as
     * {@link TeslaMidCellRefinementTest} does for one cell: every real figure of every mode, and the
     * frequency, agree within ten times the refined estimate (the effectivity bound of
     * {@link ErrorEstimateEffectivityTest}) plus ten times the finer solve's own estimate. There is
     * no closed form. The finer solve's estimates compare its order 8 with order 7 on its mesh, so
     * they bound order 7's error and overstate order 8's (its largest, a weak passband mode's R/Q, was
     * 3.9e-6 when this test was written; the largest difference between the two solves was 7.9e-7).
     */
    private void agreesWithAFinerUniformSolve(StudyResult refined, String text) throws Exception {
        String fineText = text.replace("\"order\": 4, \"elementSize\": \"30 mm\", \"maxArcAngle_deg\": 25 }",
                "\"order\": 8, \"elementSize\": \"15 mm\", \"maxArcAngle_deg\": 12.5, \"errorEstimate\": true }");
        assertNotEquals(text, fineText, "the case's mesh section changed");
        Path fineFile = dir.resolve("fine.json");
        Files.writeString(fineFile, fineText);
        StudyResult fine = run(fineFile);
        AccuracyReport a = refined.accuracy().orElseThrow();
        AccuracyReport f = fine.accuracy().orElseThrow();
        assertEquals(refined.analyses().size(), fine.analyses().size(), "modes");
        List<String> misses = new ArrayList<>();
        String largest = "";
        double largestDifference = 0;
        String largestFine = "";
        double largestFineEstimate = 0;
        for (int m = 0; m < refined.analyses().size(); m++) {
            Map<String, Double> estimates = a.mode(m).values();
            Map<String, Double> fineEstimates = f.mode(m).values();
            for (Map.Entry<String, Double> e : fineEstimates.entrySet()) {
                if (e.getValue() > largestFineEstimate) {
                    largestFineEstimate = e.getValue();
                    largestFine = "mode " + m + " " + e.getKey();
                }
            }
            for (Quantity<ModeAnalysis> q : ModeQuantities.FIGURES.entries()) {
                Double estimate = estimates.get(q.key());
                if (estimate == null || !(q.reading() instanceof Quantity.Reading.Real<?>)) {
                    continue;
                }
                double mine = q.value(refined.analyses().get(m));
                double theirs = q.value(fine.analyses().get(m));
                double difference = Math.abs(mine - theirs) / Math.abs(mine);
                double fineEstimate = fineEstimates.getOrDefault(q.key(), 0.0);
                if (difference > largestDifference) {
                    largestDifference = difference;
                    largest = "mode " + m + " " + q.key();
                }
                if (difference > 10 * estimate + 10 * fineEstimate + 1e-12) {
                    misses.add(String.format(Locale.ROOT, "mode %d %s: differs by %.2e from the finer solve, "
                            + "estimates %.2e and %.2e", m, q.key(), difference, estimate, fineEstimate));
                }
            }
            double fr = refined.solution().modes().get(m).frequency();
            double ff = fine.solution().modes().get(m).frequency();
            double difference = Math.abs(fr - ff) / fr;
            if (difference > 10 * estimates.get("frequency_Hz") + 10 * fineEstimates.get("frequency_Hz") + 1e-12) {
                misses.add(String.format(Locale.ROOT, "mode %d frequency differs by %.2e", m, difference));
            }
        }
        System.out.printf(Locale.ROOT, "tuned 9-cell to 1e-6 against order 8 at 15 mm: largest difference %.2g (%s), "
                + "the finer solve's largest estimate %.2g (%s)%n", largestDifference, largest, largestFineEstimate,
                largestFine);
        assertEquals(List.of(), misses);
    }

    private static StudyResult run(Path file) throws Exception {
        return new Study(new ModeSolver(), StudyListener.none()).run(PreparedCase.read(file));
    }
}
