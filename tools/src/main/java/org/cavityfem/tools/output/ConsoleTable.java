package org.cavityfem.tools.output;

import java.io.PrintStream;
import java.util.Locale;
import org.cavityfem.mesh.Mesh;

/** The results table printed on standard output at the end of a solve. */
public final class ConsoleTable {

    private ConsoleTable() {
    }

    /** Prints the case, the mesh size and one line per mode. */
    public static void print(RunReport report, PrintStream out) {
        Mesh mesh = report.solution().mesh();
        out.printf(Locale.ROOT, "%s: %d element%s of order %d, %d unknowns%n", report.resolved().name(),
                mesh.elementCount(), mesh.elementCount() == 1 ? "" : "s", mesh.order(), report.solution().unknowns());
        out.printf(Locale.ROOT, "%5s  %-12s %22s %20s %14s%n", "mode", "label", "frequency (MHz)", "k (1/m)",
                "rel. residual");
        for (ModeRow row : report.modes()) {
            out.printf(Locale.ROOT, "%5d  %-12s %22.12f %20.14f %14.2e%n", row.index(), row.label(),
                    row.frequency() * 1e-6, row.waveNumber(), row.relativeResidual());
        }
        if (!report.analyses().isEmpty()) {
            MeritColumns.print(report.modes(), report.analyses(), out);
        }
        report.passband().ifPresent(p -> out.printf(Locale.ROOT,
                "passband: %d modes, k_cc %.4f %% (passband fit), %.4f %% (periodic mid-cell), field flatness %.2f %%%n",
                p.cells(), 100 * p.coupling(), p.periodicCell().map(c -> 100 * c.coupling()).orElse(Double.NaN),
                100 * p.fieldFlatness()));
    }
}
