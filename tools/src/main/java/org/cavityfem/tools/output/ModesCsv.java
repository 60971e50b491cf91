package org.cavityfem.tools.output;

import java.util.List;
import org.cavityfem.postproc.merit.ModeAnalysis;

/** modes.csv: one row per mode, units in the header, full double precision. */
public final class ModesCsv {

    /** File name inside the result folder. */
    public static final String FILE = "modes.csv";
    /** Header line; each quantity with its unit. */
    public static final String HEADER = "index,label,frequency (Hz),k (1/m),relative residual";

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
        StringBuilder b = new StringBuilder(HEADER).append(analyses.isEmpty() ? "" : MeritColumns.HEADER).append('\n');
        for (int i = 0; i < rows.size(); i++) {
            ModeRow r = rows.get(i);
            b.append(r.index()).append(',')
                    .append(r.label()).append(',')
                    .append(r.frequency()).append(',')
                    .append(r.waveNumber()).append(',')
                    .append(r.relativeResidual())
                    .append(analyses.isEmpty() ? "" : MeritColumns.row(analyses.get(i))).append('\n');
        }
        return b.toString();
    }
}
