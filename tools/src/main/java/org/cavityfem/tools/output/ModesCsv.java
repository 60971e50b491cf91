package org.cavityfem.tools.output;

import java.util.List;

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
        StringBuilder b = new StringBuilder(HEADER).append('\n');
        for (ModeRow r : rows) {
            b.append(r.index()).append(',')
                    .append(r.label()).append(',')
                    .append(r.frequency()).append(',')
                    .append(r.waveNumber()).append(',')
                    .append(r.relativeResidual()).append('\n');
        }
        return b.toString();
    }
}
