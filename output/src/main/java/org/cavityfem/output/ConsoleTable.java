package org.cavityfem.output;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.IntFunction;
import org.cavityfem.analysis.accuracy.AccuracyReport;
import org.cavityfem.analysis.accuracy.SignificantDigits;
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
        Optional<AccuracyReport> accuracy = report.study().accuracy();
        // With estimates, every cell shows the significant digits its estimate supports.
        ErrorOf errors = (i, key) -> accuracy.flatMap(a -> i < a.modes().size() ? a.mode(i).of(key)
                : Optional.empty());
        table(out, modes, 12, ModeQuantities.SOLUTION.onConsole(), modes::get, errors);
        if (!report.analyses().isEmpty()) {
            table(out, modes, 8, ModeQuantities.FIGURES.onConsole(), report.analyses()::get, errors);
        }
        accuracy.ifPresent(a -> {
            out.printf(Locale.ROOT, "digits shown: those the error estimates support (summary.json \"errors\", "
                    + "against order %d on the same mesh)%n", a.referenceOrder());
            a.target().ifPresent(t -> out.printf(Locale.ROOT, "accuracy: %s (targets: frequency %.1e, figures %.1e)%n",
                    a.met() ? "every estimate meets its target" : "not every estimate meets its target, see "
                            + "standard error and summary.json accuracy.shortfalls",
                    t.frequency(), t.figures()));
        });
        report.passband().ifPresent(p -> out.printf(Locale.ROOT,
                "passband: %d modes, k_cc %.4f %% (passband fit), %.4f %% (periodic mid-cell), field flatness %.2f %%%n",
                p.cells(), 100 * p.coupling(), p.periodicCell().map(c -> 100 * c.coupling()).orElse(Double.NaN),
                100 * p.fieldFlatness()));
    }

    /** The estimate of a quantity of mode i, when there is one. */
    @FunctionalInterface
    private interface ErrorOf {
        Optional<Double> of(int mode, String key);
    }

    /**
     * One table: a heading (a second line when a column has a subtitle), then per mode its index,
     * its label in {@code labelWidth} characters and the columns; a column widens when its values
     * carry more digits than its width holds.
     */
    private static <T> void table(PrintStream out, List<ModeRow> modes, int labelWidth, List<Quantity<T>> columns,
            IntFunction<T> source, ErrorOf errors) {
        String[][] cells = new String[modes.size()][columns.size()];
        int[] width = new int[columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            width[c] = columns.get(c).console().orElseThrow().width();
        }
        for (int i = 0; i < modes.size(); i++) {
            T of = source.apply(i);
            for (int c = 0; c < columns.size(); c++) {
                Quantity<T> q = columns.get(c);
                ConsoleColumn column = q.console().orElseThrow();
                double value = q.value(of);
                Optional<Double> error = errors.of(i, q.key());
                cells[i][c] = error.isPresent() && Double.isFinite(value)
                        ? String.format(Locale.ROOT, "%." + SignificantDigits.of(error.get()) + "g",
                                value * column.scale())
                        : column.cell(value).substring(1).trim();
                width[c] = Math.max(width[c], cells[i][c].length());
            }
        }
        String identity = "%5s  %-" + labelWidth + "s";
        boolean subtitles = columns.stream().anyMatch(q -> !q.console().orElseThrow().subtitle().isEmpty());
        for (int line = 0; line < (subtitles ? 2 : 1); line++) {
            StringBuilder b = new StringBuilder(String.format(Locale.ROOT, identity, line == 0 ? "mode" : "",
                    line == 0 ? "label" : ""));
            for (int c = 0; c < columns.size(); c++) {
                ConsoleColumn column = columns.get(c).console().orElseThrow();
                b.append(String.format(Locale.ROOT, " %" + width[c] + "s",
                        line == 0 ? column.title() : column.subtitle()));
            }
            out.printf(Locale.ROOT, "%s%n", b);
        }
        for (int i = 0; i < modes.size(); i++) {
            StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%5d  %-" + labelWidth + "s",
                    modes.get(i).index(), modes.get(i).label()));
            for (int c = 0; c < columns.size(); c++) {
                b.append(String.format(Locale.ROOT, " %" + width[c] + "s", cells[i][c]));
            }
            out.printf(Locale.ROOT, "%s%n", b);
        }
    }
}
