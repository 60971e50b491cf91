package org.cavityfem.app.bench;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.math3.special.BesselJ;
import org.cavityfem.analysis.accuracy.AccuracyReport;
import org.cavityfem.analysis.accuracy.RefinementStep;
import org.cavityfem.analysis.merit.FiguresOfMerit;
import org.cavityfem.casefile.CaseReader;
import org.cavityfem.study.PreparedCase;
import org.cavityfem.study.Study;
import org.cavityfem.study.StudyResult;
import org.cavityfem.units.PhysicalConstants;

/**
 * Refinement to a requested accuracy ({@code mesh.accuracy}), timed: the pillbox R = L = 115 mm to
 * 1e-8 on every figure (and the worst true error against its closed forms, design.md §2.9) and the
 * TESLA mid-cell π-mode (Aune et al., PRSTAB 3, 092001 (2000), Table II) to 1e-6; each also solved
 * once with estimates only ({@code mesh.errorEstimate: true}) for the cost of the estimate, and the
 * pillbox with neither key for the default (refined to 1e-8 within its budget). Compute time is
 * the study's (mesh, solves, analyses, estimates), without reading or writing. Every case runs
 * twice and the second run is reported, so the JIT compiler's warm-up is not counted. A
 * measurement, never a test.
 */
public final class AccuracyBench {

    private static final String PILLBOX = """
            {"name": "pillbox", "geometry": {"type": "pillbox", "radius": "115 mm", "gap": "115 mm"},
             "mesh": %s, "rf": {"activeLength": "115 mm"}}
            """;
    private static final String MID_CELL = """
            {"name": "tesla-midcell", "geometry": {"type": "elliptical", "cells": 1, "endPlanes": "magnetic",
               "midCell": {"Req": "103.3 mm", "Ri": "35 mm", "A": "42 mm", "B": "42 mm", "a": "12 mm",
                           "b": "19 mm", "L": "57.7 mm"}},
             "mesh": %s}
            """;

    private final Study study;
    private final PrintStream out;

    /**
     * @param study the study that runs each case
     * @param out where the figures go
     */
    public AccuracyBench(Study study, PrintStream out) {
        this.study = study;
        this.out = out;
    }

    /** Runs the rows, printing a Markdown table. */
    public void run() {
        out.println("| case | mesh.accuracy | iterations | final order | elements | unknowns | worst estimate "
                + "(frequency / figures) | worst true error | compute (s) |");
        out.println("|---|---|---:|---:|---:|---:|---|---:|---:|");
        row("pillbox R = L = 115 mm", PILLBOX, "{\"order\": 4, \"elementSize\": \"40 mm\", \"errorEstimate\": true}",
                "none", true);
        // No mesh.accuracy and no errorEstimate: the default target, within its budget here.
        row("pillbox R = L = 115 mm", PILLBOX, "{\"order\": 4, \"elementSize\": \"40 mm\"}", "default", true);
        row("pillbox R = L = 115 mm", PILLBOX, "{\"order\": 4, \"elementSize\": \"40 mm\", \"accuracy\": 1e-8}",
                "1e-8", true);
        row("TESLA mid-cell", MID_CELL, "{\"order\": 5, \"elementSize\": \"40 mm\", \"maxArcAngle_deg\": 30}", "none",
                false);
        row("TESLA mid-cell", MID_CELL, "{\"order\": 5, \"elementSize\": \"40 mm\", \"maxArcAngle_deg\": 30, "
                + "\"accuracy\": 1e-6}", "1e-6", false);
    }

    private void row(String name, String template, String mesh, String target, boolean pillbox) {
        String text = String.format(Locale.ROOT, template, mesh);
        run(text);
        StudyResult r = run(text);
        AccuracyReport a = r.accuracy().orElseThrow();
        RefinementStep last = a.history().get(a.history().size() - 1);
        double worstFrequency = 0;
        double worstFigures = 0;
        for (Map.Entry<String, Double> e : a.mode(0).values().entrySet()) {
            if (e.getKey().equals("frequency_Hz") || e.getKey().equals("k_per_m")) {
                worstFrequency = Math.max(worstFrequency, e.getValue());
            } else {
                worstFigures = Math.max(worstFigures, e.getValue());
            }
        }
        String truth = pillbox ? String.format(Locale.ROOT, "%.1e", pillboxError(r)) : "(no closed form)";
        out.printf(Locale.ROOT, "| %s | %s | %d | %d | %d | %d | %.1e / %.1e%s | %s | %.3f |%n", name, target,
                a.history().size(), last.order(), r.mesh().elementCount(), r.solution().unknowns(), worstFrequency,
                worstFigures, a.met() ? "" : " (not met)", truth, r.seconds() - r.timing().asMap().getOrDefault("read", 0.0));
    }

    private StudyResult run(String text) {
        return study.run(PreparedCase.of("bench", CaseReader.parse("bench", text).definition()));
    }

    /**
     * The worst relative error against the closed forms (Jackson §8.7) of k, G, R/Q, T, E_pk/E_acc,
     * B_pk/E_acc and E_acc/H_pk of the pillbox R = L.
     */
    private static double pillboxError(StudyResult r) {
        double radius = 0.115;
        double gap = 0.115;
        double j11Prime = 1.8411837813406593;
        double k = PhysicalConstants.J01 / radius;
        double t = Math.sin(k * gap / 2) / (k * gap / 2);
        double j1 = BesselJ.value(1, PhysicalConstants.J01);
        double j1max = BesselJ.value(1, j11Prime);
        double eta = PhysicalConstants.ETA_0;
        double rOverQ = 2 * gap * t * t / (Math.PI * PhysicalConstants.SPEED_OF_LIGHT * k
                * PhysicalConstants.EPSILON_0 * radius * radius * j1 * j1);
        FiguresOfMerit f = r.analyses().get(0).figures();
        double[][] pairs = {
            {k, r.solution().modes().get(0).waveNumber()},
            {PhysicalConstants.J01 * eta * gap / (2 * (radius + gap)), f.geometryFactor()},
            {rOverQ, f.rOverQ()},
            {t, f.transitTimeFactor()},
            {1 / t, f.peakElectricOverAccelerating()},
            {PhysicalConstants.MU_0 * j1max / (eta * t) * 1e9, f.peakFluxOverAccelerating()},
            {eta * t / j1max, f.acceleratingOverPeakMagnetic()}};
        double worst = 0;
        for (double[] p : pairs) {
            worst = Math.max(worst, Math.abs(p[1] / p[0] - 1));
        }
        return worst;
    }
}
