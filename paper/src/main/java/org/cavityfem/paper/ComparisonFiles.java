package org.cavityfem.paper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleFunction;
import org.cavityfem.analysis.quantity.Decimal;
import org.cavityfem.output.ResultJson;
import org.cavityfem.paper.model.CavityColumn;
import org.cavityfem.paper.model.ComparisonRow;
import org.cavityfem.paper.model.PaperComparison;

/**
 * The comparison as text: CSV (full precision, one unit column since each row has its own unit),
 * Markdown (five significant digits, with notes) and JSON (for scripts; the result folder's marker).
 */
public final class ComparisonFiles {

    /** CSV file name. */
    public static final String CSV = "paper.csv";
    /** Markdown file name. */
    public static final String MARKDOWN = "paper.md";

    private ComparisonFiles() {
    }

    private static List<String> headings(PaperComparison c) {
        List<String> h = new ArrayList<>(List.of("eq.", "quantity", "unit", "printed", "paper's model", "agreement"));
        for (CavityColumn col : c.columns()) {
            h.add(col.title());
        }
        h.add("note");
        return h;
    }

    /** CSV: equation, quantity, unit, printed, model, agreement, one column per cavity, notes. */
    public static String csv(PaperComparison c) {
        StringBuilder b = new StringBuilder();
        List<String> h = new ArrayList<>(List.of("equation", "quantity", "unit", "printed", "paper_model", "agreement"));
        for (CavityColumn col : c.columns()) {
            h.add(col.title().replace(' ', '_'));
        }
        h.add("note");
        b.append(String.join(",", h)).append('\n');
        for (ComparisonRow r : c.rows()) {
            List<String> cells = cells(r, r.quantity().equation(), r.quantity().description(), "",
                    ComparisonFiles::full);
            cells.add(notes(r));
            b.append(String.join(",", cells.stream().map(ComparisonFiles::csvCell).toList())).append('\n');
        }
        return b.toString();
    }

    /** Markdown table with notes in the last column. */
    public static String markdown(PaperComparison c) {
        StringBuilder b = new StringBuilder();
        List<String> h = headings(c);
        b.append("| ").append(String.join(" | ", h)).append(" |\n");
        b.append("|").append("---|".repeat(h.size())).append('\n');
        for (ComparisonRow r : c.rows()) {
            List<String> cells = cells(r, r.quantity().equation(), r.quantity().description(), "—",
                    ComparisonFiles::shortNumber);
            cells.add(notes(r));
            b.append("| ").append(String.join(" | ", cells.stream().map(s -> s.replace("|", "\\|")).toList()))
                    .append(" |\n");
        }
        return b.toString();
    }

    /** Aligned text table for the terminal, notes numbered below it. */
    public static String console(PaperComparison c) {
        List<String> h = headings(c).subList(0, headings(c).size() - 1);
        List<List<String>> lines = new ArrayList<>();
        lines.add(h);
        List<String> notes = new ArrayList<>();
        int n = 0;
        for (ComparisonRow r : c.rows()) {
            n++;
            String d = r.quantity().description();
            lines.add(cells(r, n + " " + r.quantity().equation(), d.length() > 48 ? d.substring(0, 47) + "…" : d,
                    "—", ComparisonFiles::shortNumber));
            notes.add(n + ". " + r.quantity().description() + ": " + notes(r));
        }
        int[] width = new int[h.size()];
        for (List<String> l : lines) {
            for (int i = 0; i < l.size(); i++) {
                width[i] = Math.max(width[i], l.get(i).codePointCount(0, l.get(i).length()));
            }
        }
        StringBuilder b = new StringBuilder();
        for (List<String> l : lines) {
            for (int i = 0; i < l.size(); i++) {
                String cell = l.get(i);
                b.append(cell).append(" ".repeat(width[i] - cell.codePointCount(0, cell.length()) + 2));
            }
            b.setLength(b.length() - 2);
            b.append('\n');
        }
        b.append('\n');
        notes.forEach(s -> b.append(s).append('\n'));
        return b.toString();
    }

    /** JSON: every row with its values in full precision; NaN (not applicable) as null. */
    public static String json(PaperComparison c) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode root = f.objectNode();
        root.put("source", "M. Egi (KEK), The consistency of the surface impedance for superconducting "
                + "accelerating cavities");
        root.put("units", "SI; each row carries its unit in unit; per-E_acc values are per V/m");
        ArrayNode cols = root.putArray("columns");
        for (CavityColumn col : c.columns()) {
            ObjectNode o = cols.addObject();
            o.put("title", col.title());
            o.put("EaccDefinition", col.summary().profile().fields().acceleratingFieldDefinition());
        }
        ArrayNode rows = root.putArray("rows");
        for (ComparisonRow r : c.rows()) {
            ObjectNode o = rows.addObject();
            o.put("quantity", r.quantity().name());
            o.put("equation", r.quantity().equation());
            o.put("description", r.quantity().description());
            o.put("unit", r.quantity().unit());
            r.quantity().printedText().ifPresentOrElse(p -> o.put("printed", p), () -> o.putNull("printed"));
            putNumber(o, "paperModel", r.paper().recomputed());
            o.put("agreement", r.paper().agreement().name());
            ObjectNode cav = o.putObject("cavities");
            for (int i = 0; i < c.columns().size(); i++) {
                putNumber(cav, c.columns().get(i).title(), r.cavities().get(i));
            }
            o.put("note", notes(r));
        }
        try {
            return ResultJson.MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void putNumber(ObjectNode o, String key, double v) {
        if (Double.isFinite(v)) {
            o.put(key, v);
        } else {
            o.putNull(key);
        }
    }

    /** The cells of one row up to the cavity columns: equation, quantity, unit, printed, model, agreement, cavities. */
    private static List<String> cells(ComparisonRow r, String equation, String description, String notPrinted,
            DoubleFunction<String> number) {
        List<String> cells = new ArrayList<>();
        cells.add(equation);
        cells.add(description);
        cells.add(r.quantity().unit());
        cells.add(r.quantity().printedText().orElse(notPrinted));
        cells.add(number.apply(r.paper().recomputed()));
        cells.add(r.paper().agreement().label());
        for (double v : r.cavities()) {
            cells.add(number.apply(v));
        }
        return cells;
    }

    private static String notes(ComparisonRow r) {
        return r.note().isEmpty() ? r.paper().note() : r.paper().note() + ". " + r.note();
    }

    private static String full(double v) {
        return Double.isFinite(v) ? Decimal.text(v) : "";
    }

    /** Five significant digits, e.g. 6.2339e-13 or 164.33; "—" for NaN. */
    static String shortNumber(double v) {
        if (!Double.isFinite(v)) {
            return "—";
        }
        double a = Math.abs(v);
        if (a != 0 && (a < 1e-3 || a >= 1e6)) {
            return String.format(Locale.ROOT, "%.4e", v);
        }
        return new BigDecimal(v).round(new MathContext(5)).stripTrailingZeros().toPlainString();
    }

    private static String csvCell(String s) {
        if (s.contains(",") || s.contains("\"") || s.contains("\n")) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }
}
