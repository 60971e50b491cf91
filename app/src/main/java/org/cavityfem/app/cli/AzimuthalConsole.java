package org.cavityfem.app.cli;

import java.io.PrintStream;
import java.util.Locale;
import org.cavityfem.analysis.hom.AzimuthalFigures;
import org.cavityfem.study.AzimuthalStudyResult;

/**
 * The table a TE0, m ≥ 1 or scan study prints: one line per mode by frequency, with Q0, G and the
 * R/Q of the HOM table under a heading that names its convention and unit.
 */
final class AzimuthalConsole {

    private AzimuthalConsole() {
    }

    static void print(AzimuthalStudyResult result, PrintStream out) {
        out.printf(Locale.ROOT, "%-18s %3s %18s %11s %9s %14s %14s%n", "label", "m", "frequency (MHz)", "Q0",
                "G (Ohm)", "(R/Q)_long", "(R/Q)_perp");
        out.printf(Locale.ROOT, "%-18s %3s %18s %11s %9s %14s %14s%n", "", "", "", "", "", "linac (Ohm)",
                "linac (Ohm/m)");
        for (AzimuthalFigures f : result.byFrequency()) {
            out.printf(Locale.ROOT, "%-18s %3d %18.9f %11.5g %9.5g %14s %14s%n", f.label(), f.m(), f.frequency() / 1e6,
                    f.q0(), f.geometryFactor(), f.m() == 1 ? "" : cell(f.roverQ()),
                    f.m() == 1 ? cell(f.roverQ()) : "");
        }
        out.printf(Locale.ROOT, "(R/Q)_long: on the axis for m = 0, at r0 = %.4g mm for m >= 2; (R/Q)_perp at the "
                + "axis limit; fields at U = 1 J%n", result.resolved().solver().offset() * 1e3);
    }

    private static String cell(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.6g", v) : "";
    }
}
