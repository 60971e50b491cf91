package org.cavityfem.sweep;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.cavityfem.analysis.quantity.Decimal;

/**
 * The result table of a study as CSV: one row per point, ordered by point index, with the
 * parameters (m), the tuned parameter (m), every figure ({@link Figures#columns()}, units in the
 * column names) and the status and reason. Numbers in Java's shortest round-trip form; a figure
 * that does not apply is an empty cell. Written to a temporary file and moved into place, so a
 * reader never sees half a table.
 */
public final class ResultTable {

    /** File name of the table. */
    public static final String FILE = "results.csv";

    private ResultTable() {
    }

    /** The header line's columns. */
    public static List<String> header(StudySpec spec) {
        List<String> h = new ArrayList<>();
        h.add("point");
        h.add("status");
        for (Variable v : spec.variables()) {
            h.add(v.column());
        }
        spec.tune().ifPresent(t -> h.add(t.column()));
        h.addAll(Figures.columns());
        h.add("reason");
        return h;
    }

    /** The table's text. */
    public static String csv(StudySpec spec, Collection<PointRow> rows) {
        StringBuilder b = new StringBuilder(String.join(",", header(spec))).append('\n');
        List<PointRow> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparingInt(PointRow::index));
        for (PointRow r : sorted) {
            b.append(r.index()).append(',').append(r.status());
            for (double p : r.parameters()) {
                b.append(',').append(number(p));
            }
            if (spec.tune().isPresent()) {
                b.append(',').append(number(r.tuned()));
            }
            for (double f : r.figures()) {
                b.append(',').append(number(f));
            }
            b.append(',').append(quoted(r.reason())).append('\n');
        }
        return b.toString();
    }

    /** Writes the table into {@code folder} atomically. */
    public static Path write(StudySpec spec, Collection<PointRow> rows, Path folder, String file) throws IOException {
        Path target = folder.resolve(file);
        Path temp = Files.createTempFile(folder, "." + file, ".tmp");
        try {
            Files.writeString(temp, csv(spec, rows), StandardCharsets.UTF_8);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
        return target;
    }

    private static String number(double v) {
        return Double.isNaN(v) ? "" : Decimal.text(v);
    }

    private static String quoted(String text) {
        if (text.isEmpty()) {
            return "";
        }
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
