package org.cavityfem.output;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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

    /** The column saying what a mode's fields are scaled to (rf.normalization). */
    private static final ConsoleColumn SCALED_TO = new ConsoleColumn(13, "s", "scaled to", "");

    private ConsoleTable() {
    }

    /** Prints the case, the mesh size and one line per mode. */
    public static void print(RunReport report, PrintStream out) {
        Mesh mesh = report.solution().mesh();
        out.printf(Locale.ROOT, "%s: %d element%s of order %d, %d unknowns%n", report.resolved().name(),
                mesh.elementCount(), mesh.elementCount() == 1 ? "" : "s", mesh.order(), report.solution().unknowns());
        List<ModeRow> modes = report.modes();
        table(out, modes, 12, ModeQuantities.SOLUTION.onConsole(), modes::get, null);
        if (!report.analyses().isEmpty()) {
            table(out, modes, 8, ModeQuantities.FIGURES.onConsole(), report.analyses()::get,
                    i -> report.analyses().get(i).normalization().kind().key());
            normalizationNotes(out, report);
        }
        report.passband().ifPresent(p -> out.printf(Locale.ROOT,
                "passband: %d modes, k_cc %.4f %% (passband fit), %.4f %% (periodic mid-cell), field flatness %.2f %%%n",
                p.cells(), 100 * p.coupling(), p.periodicCell().map(c -> 100 * c.coupling()).orElse(Double.NaN),
                100 * p.fieldFlatness()));
    }

    /**
     * One line per reason a mode is not scaled as rf.normalization asks, naming the modes and what
     * they are scaled to instead, e.g. "modes 0-5 scaled to U = 1 J, not E_acc: ...".
     */
    private static void normalizationNotes(PrintStream out, RunReport report) {
        Map<String, List<Integer>> byReason = new LinkedHashMap<>();
        for (int i = 0; i < report.analyses().size(); i++) {
            String reason = report.analyses().get(i).normalization().reason();
            if (reason != null) {
                byReason.computeIfAbsent(reason, r -> new ArrayList<>()).add(report.modes().get(i).index());
            }
        }
        double energy = report.resolved().rf().normalization().storedEnergy();
        byReason.forEach((reason, modes) -> out.printf(Locale.ROOT,
                "mode%s %s: fields at stored energy U = %.4g J, not at E_acc (%s)%n", modes.size() == 1 ? "" : "s",
                modes.stream().map(String::valueOf).collect(Collectors.joining(", ")), energy, reason));
    }

    /**
     * One table: a heading (a second line when a column has a subtitle), then per mode its index,
     * its label in {@code labelWidth} characters and the columns; with {@code scaledTo}, a last column
     * saying what each mode's fields are scaled to.
     */
    private static <T> void table(PrintStream out, List<ModeRow> modes, int labelWidth, List<Quantity<T>> columns,
            IntFunction<T> source, IntFunction<String> scaledTo) {
        String identity = "%5s  %-" + labelWidth + "s";
        boolean subtitles = columns.stream().anyMatch(q -> !q.console().orElseThrow().subtitle().isEmpty());
        for (int line = 0; line < (subtitles ? 2 : 1); line++) {
            StringBuilder b = new StringBuilder(String.format(Locale.ROOT, identity, line == 0 ? "mode" : "",
                    line == 0 ? "label" : ""));
            for (Quantity<T> q : columns) {
                b.append(q.console().orElseThrow().heading(line));
            }
            if (scaledTo != null) {
                b.append(SCALED_TO.heading(line));
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
            if (scaledTo != null) {
                b.append(SCALED_TO.cell(scaledTo.apply(i)));
            }
            out.printf(Locale.ROOT, "%s%n", b);
        }
    }
}
