package org.cavityfem.output;

import java.util.List;
import java.util.stream.Collectors;
import org.cavityfem.analysis.merit.ModeAnalysis;
import org.cavityfem.analysis.merit.ModeQuantities;
import org.cavityfem.analysis.quantity.Decimal;
import org.cavityfem.analysis.quantity.Output;
import org.cavityfem.analysis.quantity.Quantity;

/**
 * modes.csv: one row per mode, units in the header, full double precision: the index, the label
 * and the quantities of {@link ModeQuantities} written to {@link Output#MODES_CSV} (the main
 * figures of merit, when the modes were analysed), then, for analysed modes, {@code normalization}:
 * what the mode's fields are scaled to ({@code Eacc}, {@code storedEnergy} or {@code Epk}; summary.json
 * also says why when it differs from the case's request). A quantity that does not apply to a mode is
 * an empty cell.
 */
public final class ModesCsv {

    /** File name inside the result folder. */
    public static final String FILE = "modes.csv";
    /** Header line without figures of merit; each quantity with its unit. */
    public static final String HEADER = "index,label" + headers(ModeQuantities.SOLUTION.in(Output.MODES_CSV));

    /** Last column of analysed modes: what the fields are scaled to. */
    public static final String NORMALIZATION = "normalization";

    private ModesCsv() {
    }

    /** The CSV text, header first, lines ending with '\n'. */
    public static String format(List<ModeRow> rows) {
        return format(rows, List.of());
    }

    /**
     * The CSV text with the main figures of merit after the mode columns (when {@code analyses},
     * one per row, is not empty).
     */
    public static String format(List<ModeRow> rows, List<ModeAnalysis> analyses) {
        List<Quantity<ModeAnalysis>> figures = analyses.isEmpty() ? List.of()
                : ModeQuantities.FIGURES.in(Output.MODES_CSV);
        StringBuilder b = new StringBuilder(HEADER).append(headers(figures))
                .append(analyses.isEmpty() ? "" : "," + NORMALIZATION).append('\n');
        for (int i = 0; i < rows.size(); i++) {
            ModeRow r = rows.get(i);
            b.append(r.index()).append(',').append(r.label());
            cells(b, ModeQuantities.SOLUTION.in(Output.MODES_CSV), r);
            if (!analyses.isEmpty()) {
                cells(b, figures, analyses.get(i));
                b.append(',').append(analyses.get(i).normalization().kind().key());
            }
            b.append('\n');
        }
        return b.toString();
    }

    private static String headers(List<? extends Quantity<?>> quantities) {
        return quantities.stream().map(q -> "," + q.header()).collect(Collectors.joining());
    }

    private static <T> void cells(StringBuilder b, List<Quantity<T>> quantities, T of) {
        for (Quantity<T> q : quantities) {
            double v = q.value(of);
            b.append(',');
            if (Double.isFinite(v)) {
                b.append(Decimal.text(v));
            }
        }
    }
}
