package org.cavityfem.app.cli;

import java.io.PrintStream;
import java.util.Locale;
import org.cavityfem.analysis.accuracy.ModeErrors;
import org.cavityfem.analysis.hom.AzimuthalFigures;
import org.cavityfem.output.ZeroFiguresLines;
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
        result.accuracy().ifPresent(a -> {
            double[] worst = new double[3];
            String[][] keys = {{"frequency_Hz"}, {"Q0", "G_ohm"},
                {"RoverQ_axis_linac_ohm", "RoverQ_perp_linac_ohm_per_m", "RoverQ_long_atOffset_linac_ohm"}};
            for (ModeErrors e : a.modes()) {
                for (int k = 0; k < keys.length; k++) {
                    for (String key : keys[k]) {
                        worst[k] = Math.max(worst[k], e.values().getOrDefault(key, 0.0));
                    }
                }
            }
            out.printf(Locale.ROOT, "estimates against order %d on the same mesh (summary.json \"errors\", hom.csv "
                    + "\"rel. error\" columns), largest: frequency %.1e, Q0/G %.1e, R/Q %.1e%n", a.referenceOrder(),
                    worst[0], worst[1], worst[2]);
            ZeroFiguresLines.print(out, a.modes(), i -> result.modes().get(i).label());
            a.target().ifPresent(t -> out.printf(Locale.ROOT, "accuracy: %s (targets: frequency %.1e, figures %.1e)%n",
                    a.met() ? "every estimate meets its target" : "not every estimate meets its target, see "
                            + "summary.json accuracy.shortfalls", t.frequency(), t.figures()));
        });
    }

    private static String cell(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.6g", v) : "";
    }
}
