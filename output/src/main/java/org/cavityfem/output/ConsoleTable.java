package org.cavityfem.output;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import org.cavityfem.analysis.merit.ModeQuantities;
import org.cavityfem.analysis.quantity.ConsoleColumn;
import org.cavityfem.analysis.quantity.Quantity;
import org.cavityfem.mesh.Mesh;

/**
 * The results table printed on standard output at the end of a solve: the mode list, then the main
 * figures of merit. Columns are the quantities of {@link ModeQuantities} that have a
 * {@link ConsoleColumn}.
 */
public final class ConsoleTable {

    private ConsoleTable() {
    }

    /** Prints the case, the mesh size and one line per mode. */
    public static void print(RunReport report, PrintStream out) {
        Mesh mesh = report.solution().mesh();
        out.printf(Locale.ROOT, "%s: %d element%s of order %d, %d unknowns%n", report.resolved().name(),
                mesh.elementCount(), mesh.elementCount() == 1 ? "" : "s", mesh.order(), report.solution().unknowns());
        List<ModeRow> modes = report.modes();
        table(out, modes, 12, ModeQuantities.SOLUTION.onConsole(), modes::get);
        if (!report.analyses().isEmpty()) {
            table(out, modes, 8, ModeQuantities.FIGURES.onConsole(), report.analyses()::get);
        }
        report.passband().ifPresent(p -> out.printf(Locale.ROOT,
                "passband: %d modes, k_cc %.4f %% (passband fit), %.4f %% (periodic mid-cell), field flatness %.2f %%%n",
                p.cells(), 100 * p.coupling(), p.periodicCell().map(c -> 100 * c.coupling()).orElse(Double.NaN),
                100 * p.fieldFlatness()));
    }

    /**
     * One table: a heading (a second line when a column has a subtitle), then per mode its index,
     * its label in {@code labelWidth} characters and the columns.
     */
    private static <T> void table(PrintStream out, List<ModeRow> modes, int labelWidth, List<Quantity<T>> columns,
            IntFunction<T> source) {
        String identity = "%5s  %-" + labelWidth + "s";
        boolean subtitles = columns.stream().anyMatch(q -> !q.console().orElseThrow().subtitle().isEmpty());
        for (int line = 0; line < (subtitles ? 2 : 1); line++) {
            StringBuilder b = new StringBuilder(String.format(Locale.ROOT, identity, line == 0 ? "mode" : "",
                    line == 0 ? "label" : ""));
            for (Quantity<T> q : columns) {
                b.append(q.console().orElseThrow().heading(line));
            }
            out.printf(Locale.ROOT, "%s%n", b);
        }
        for (int i = 0; i < modes.size(); i++) {
            StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%5d  %-" + labelWidth + "s",
                    modes.get(i).index(), modes.get(i).label()));
            T of = source.apply(i);
            for (Quantity<T> q : columns) {
                b.append(q.console().orElseThrow().cell(q.value(of)));
            }
            out.printf(Locale.ROOT, "%s%n", b);
        }
    }
}
