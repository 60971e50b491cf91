package org.cavityfem.output;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.Locale;
import java.util.Optional;
import java.util.function.IntFunction;
import org.cavityfem.analysis.accuracy.AccuracyReport;
import org.cavityfem.analysis.accuracy.PassbandErrors;
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
        Optional<AccuracyReport> accuracy = report.study().accuracy();
        // With estimates, every cell shows the significant digits its estimate supports.
        ErrorOf errors = (i, key) -> accuracy.flatMap(a -> i < a.modes().size() ? a.mode(i).of(key)
                : Optional.empty());
        table(out, modes, 12, ModeQuantities.SOLUTION.onConsole(), modes::get, errors, null);
        if (!report.analyses().isEmpty()) {
            table(out, modes, 8, ModeQuantities.FIGURES.onConsole(), report.analyses()::get, errors,
                    i -> report.analyses().get(i).normalization().kind().key());
            normalizationNotes(out, report);
        }
        accuracy.ifPresent(a -> {
            out.printf(Locale.ROOT, "digits shown: those the error estimates support (summary.json \"errors\", "
                    + "against order %d on the same mesh)%n", a.referenceOrder());
            ZeroFiguresLines.print(out, a.modes(), i -> modes.get(i).label());
            a.target().ifPresent(t -> out.printf(Locale.ROOT, "accuracy: %s (%stargets: frequency %.1e, figures %.1e%s)%n",
                    a.met() ? "every estimate meets its target" : "not every estimate meets its target, see "
                            + "standard error and summary.json accuracy.shortfalls",
                    a.policy().equals(AccuracyReport.DEFAULT) ? "no mesh.accuracy, default " : "",
                    t.frequency(), t.figures(), t.surfaceTargets()
                            ? String.format(Locale.ROOT, ", superconducting surface %.1e", t.surface()) : ""));
            if (a.target().isEmpty()) {
                out.println("accuracy: estimates only, no target (mesh.accuracy sets one)");
            }
        });
        report.passband().ifPresent(p -> out.printf(Locale.ROOT,
                "passband: %d modes, k_cc %.4f %% (passband fit), %.4f %% (periodic mid-cell), field flatness %.2f %%%n",
                p.cells(), 100 * p.coupling(), p.periodicCell().map(c -> 100 * c.coupling()).orElse(Double.NaN),
                100 * p.fieldFlatness()));
        accuracy.map(AccuracyReport::passband).filter(e -> !e.isEmpty()).ifPresent(e -> out.printf(Locale.ROOT,
                "passband estimates (relative): k_cc %.1e, field flatness %.1e%s%n",
                e.getOrDefault(PassbandErrors.COUPLING, Double.NaN), e.getOrDefault(PassbandErrors.FLATNESS, Double.NaN),
                e.containsKey(PassbandErrors.PERIODIC_COUPLING) ? String.format(Locale.ROOT,
                        ", k_cc of the periodic mid-cell %.1e", e.get(PassbandErrors.PERIODIC_COUPLING)) : ""));
    }

    /** The estimate of a quantity of mode i, when there is one. */
    @FunctionalInterface
    private interface ErrorOf {
        Optional<Double> of(int mode, String key);
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
     * its label in {@code labelWidth} characters and the columns; a column widens when its values
     * carry more digits than its width holds; with {@code scaledTo}, a last column saying what each
     * mode's fields are scaled to.
     */
    private static <T> void table(PrintStream out, List<ModeRow> modes, int labelWidth, List<Quantity<T>> columns,
            IntFunction<T> source, ErrorOf errors, IntFunction<String> scaledTo) {
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
            if (scaledTo != null) {
                b.append(SCALED_TO.heading(line));
            }
            out.printf(Locale.ROOT, "%s%n", b);
        }
        for (int i = 0; i < modes.size(); i++) {
            StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%5d  %-" + labelWidth + "s",
                    modes.get(i).index(), modes.get(i).label()));
            for (int c = 0; c < columns.size(); c++) {
                b.append(String.format(Locale.ROOT, " %" + width[c] + "s", cells[i][c]));
            }
            if (scaledTo != null) {
                b.append(SCALED_TO.cell(scaledTo.apply(i)));
            }
            out.printf(Locale.ROOT, "%s%n", b);
        }
    }
}
