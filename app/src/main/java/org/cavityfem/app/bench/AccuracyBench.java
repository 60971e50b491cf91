package org.cavityfem.app.bench;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
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
 * the study's (mesh, solves, analyses, estimates), without reading or writing. Every case first
 * runs twice unmeasured, so that the JIT compiler's warm-up is not counted, and the median of three
 * further runs is reported; the TESLA 9-cell passband ({@code cases/tesla-9cell-tuned.json}, nine
 * modes) to 1e-6, by far the largest, runs once, after the others have warmed the compiler up. The worst estimates are over every mode. A
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

    private static final String NINE_CELL = """
            {"name": "tesla-9cell-tuned", "geometry": {"type": "elliptical", "cells": 9,
               "midCell":      {"Req": "103.3665973 mm", "Ri": "35 mm", "A": "42 mm", "B": "42 mm", "a": "12 mm",
                                "b": "19 mm", "L": "57.7 mm"},
               "leftEndCell":  {"Req": "103.3665973 mm", "Ri": "39 mm", "A": "40.3 mm", "B": "40.3 mm",
                                "a": "10 mm", "b": "13.5 mm", "L": "55.70675941 mm"},
               "rightEndCell": {"Req": "103.3665973 mm", "Ri": "39 mm", "A": "42 mm", "B": "42 mm", "a": "9 mm",
                                "b": "12.8 mm", "L": "56.86290984 mm"},
               "beamPipe": {"radius": "39 mm", "length": "140 mm"}},
             "mesh": %s, "solver": {"modes": 9}}
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

    /**
     * One row of the table.
     *
     * @param name the case, as the table prints it
     * @param target the mesh.accuracy column: the target, {@code default} or {@code none}
     * @param text the case file
     * @param pillbox whether the closed forms of the pillbox R = L = 115 mm give the true error
     * @param warmUps unmeasured runs before the measured ones
     * @param measured runs whose median compute time is reported
     */
    public record Row(String name, String target, String text, boolean pillbox, int warmUps, int measured) {
    }

    /** The rows, in table order. */
    public static List<Row> rows() {
        String pillbox = "pillbox R = L = 115 mm";
        String cell = "TESLA mid-cell";
        return List.of(
                row(pillbox, "none", PILLBOX, "{\"order\": 4, \"elementSize\": \"40 mm\", \"errorEstimate\": true}", 2, 3),
                // No mesh.accuracy and no errorEstimate: the default target, within its budget here.
                row(pillbox, "default", PILLBOX, "{\"order\": 4, \"elementSize\": \"40 mm\"}", 2, 3),
                row(pillbox, "1e-8", PILLBOX, "{\"order\": 4, \"elementSize\": \"40 mm\", \"accuracy\": 1e-8}", 2, 3),
                row(cell, "none", MID_CELL, "{\"order\": 5, \"elementSize\": \"40 mm\", \"maxArcAngle_deg\": 30}", 2, 3),
                row(cell, "1e-6", MID_CELL, "{\"order\": 5, \"elementSize\": \"40 mm\", \"maxArcAngle_deg\": 30, "
                        + "\"accuracy\": 1e-6}", 2, 3),
                row("TESLA 9-cell passband (9 modes)", "1e-6", NINE_CELL, "{\"order\": 4, \"elementSize\": \"30 mm\", "
                        + "\"maxArcAngle_deg\": 25, \"accuracy\": 1e-6}", 0, 1));
    }

    private static Row row(String name, String target, String template, String mesh, int warmUps, int measured) {
        return new Row(name, target, String.format(Locale.ROOT, template, mesh), template.equals(PILLBOX), warmUps,
                measured);
    }

    /** Runs the rows, printing a Markdown table. */
    public void run() {
        out.println("| case | mesh.accuracy | iterations | final order | elements | unknowns | worst estimate "
                + "(frequency / figures) | worst true error | compute (s) |");
        out.println("|---|---|---:|---:|---:|---:|---|---:|---:|");
        for (Row row : rows()) {
            for (int i = 0; i < row.warmUps(); i++) {
                solve(row);
            }
            StudyResult r = null;
            double[] seconds = new double[row.measured()];
            for (int i = 0; i < row.measured(); i++) {
                r = solve(row);
                seconds[i] = r.seconds() - r.timing().asMap().getOrDefault("read", 0.0);
            }
            Arrays.sort(seconds);
            out.printf(Locale.ROOT, "| %s | %.3f |%n", String.join(" | ", cells(row, r)), seconds[row.measured() / 2]);
        }
    }

    /** One study of a row's case. */
    public StudyResult solve(Row row) {
        return study.run(PreparedCase.of("bench", CaseReader.parse("bench", row.text()).definition()));
    }

    /**
     * The cells of a row but its time, as printed: case, target, iterations, final order, elements,
     * unknowns, the worst estimates over every mode, the worst true error.
     */
    public static List<String> cells(Row row, StudyResult r) {
        AccuracyReport a = r.accuracy().orElseThrow();
        RefinementStep last = a.history().get(a.history().size() - 1);
        double worstFrequency = 0;
        double worstFigures = 0;
        for (int m = 0; m < a.modes().size(); m++) {
            for (Map.Entry<String, Double> e : a.mode(m).values().entrySet()) {
                if (e.getKey().equals("frequency_Hz") || e.getKey().equals("k_per_m")) {
                    worstFrequency = Math.max(worstFrequency, e.getValue());
                } else {
                    worstFigures = Math.max(worstFigures, e.getValue());
                }
            }
        }
        String truth = row.pillbox() ? String.format(Locale.ROOT, "%.1e", pillboxError(r)) : "(no closed form)";
        return List.of(row.name(), row.target(), Integer.toString(a.history().size()), Integer.toString(last.order()),
                Integer.toString(r.mesh().elementCount()), Integer.toString(r.solution().unknowns()),
                String.format(Locale.ROOT, "%.1e / %.1e%s", worstFrequency, worstFigures, a.met() ? "" : " (not met)"),
                truth);
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
