package org.cavityfem.output;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.cavityfem.analysis.merit.ModeAnalysis;
import org.cavityfem.analysis.merit.SegmentQuantities;
import org.cavityfem.analysis.merit.SegmentSummary;
import org.cavityfem.analysis.merit.WallQuantities;
import org.cavityfem.analysis.merit.WallRow;
import org.cavityfem.analysis.quantity.Decimal;
import org.cavityfem.analysis.quantity.Output;
import org.cavityfem.analysis.quantity.Quantity;
import org.cavityfem.analysis.superconducting.SurfaceColumn;

/**
 * The per-mode wall files under {@code walls/}: the wall table along the arc length (one row per
 * sample, fields at the case's E_acc) and the per-segment summary. Units in every header; signs
 * and the Slater sensitivities as defined in docs/case-format.md ("Results").
 */
public final class WallCsv {

    /** Folder of the wall files inside the result folder. */
    public static final String FOLDER = "walls";

    /** Header of the wall table: the {@link Output#WALL_CSV} columns of {@link WallQuantities#ALL}. */
    public static final String HEADER = header(WallQuantities.ALL.in(Output.WALL_CSV));

    /** Header of the segment summary: the {@link Output#SEGMENTS_CSV} columns of {@link SegmentQuantities}. */
    public static final String SEGMENT_HEADER = header(SegmentQuantities.TABLE.in(Output.SEGMENTS_CSV));

    private WallCsv() {
    }

    /** Relative path of a mode's wall table, e.g. {@code walls/TM010_wall.csv}. */
    public static String wallFile(String label) {
        return FOLDER + "/" + fileStem(label) + "_wall.csv";
    }

    /** Relative path of a mode's segment summary, e.g. {@code walls/TM010_segments.csv}. */
    public static String segmentFile(String label) {
        return FOLDER + "/" + fileStem(label) + "_segments.csv";
    }

    /** A mode label as part of a file name: passband labels such as {@code TM010-2pi/9} become {@code TM010-2pi_9}. */
    static String fileStem(String label) {
        return label.replace('/', '_');
    }

    /** The wall table text. */
    public static String wall(ModeAnalysis analysis) {
        return wall(analysis, List.of());
    }

    /**
     * The wall table text with further columns after the standard ones (e.g. the skin-layer
     * columns of docs/superconducting-surface.md), one value per wall-table row.
     */
    public static String wall(ModeAnalysis analysis, List<SurfaceColumn> extra) {
        return walls(List.of(analysis), List.of(extra)).get(0);
    }

    /**
     * The wall tables of several modes, each the text {@link #wall(ModeAnalysis, List)} gives. The
     * modes of one mesh share their wall points, so their positions, normals and segment columns
     * are the same numbers: a cell holding the very bits of the previous mode's cell in that row and
     * column reuses its text instead of converting the number again.
     *
     * @param analyses the modes
     * @param extra each mode's further columns
     */
    public static List<String> walls(List<ModeAnalysis> analyses, List<List<SurfaceColumn>> extra) {
        List<Quantity<WallRow>> columns = WallQuantities.ALL.in(Output.WALL_CSV);
        List<String> out = new ArrayList<>();
        Cells previous = null;
        // One builder for every table, emptied between them: a table's text is a megabyte or more.
        StringBuilder b = new StringBuilder();
        for (int m = 0; m < analyses.size(); m++) {
            ModeAnalysis analysis = analyses.get(m);
            List<SurfaceColumn> more = extra.get(m);
            int rows = analysis.rows().size();
            int width = columns.size() + more.size();
            Cells cells = new Cells(rows, width);
            boolean reuse = previous != null && previous.bits.length == rows * width;
            // Sized for the table at once (about 24 characters a number): growing a builder of a
            // megabyte by doubling copies it several times over.
            b.setLength(0);
            b.ensureCapacity(HEADER.length() + 64 * more.size() + 24 * rows * width + 64);
            b.append(HEADER);
            more.forEach(c -> b.append(',').append(c.header()));
            b.append('\n');
            for (int i = 0; i < rows; i++) {
                WallRow row = analysis.rows().get(i);
                for (int c = 0; c < width; c++) {
                    int at = i * width + c;
                    String text;
                    if (c < columns.size() && !(columns.get(c).reading() instanceof Quantity.Reading.Real)) {
                        text = columns.get(c).text(row);
                    } else {
                        // The value as Quantity.text writes a real (Decimal.text).
                        double v = c < columns.size() ? columns.get(c).value(row) : more.get(c - columns.size()).values()[i];
                        long bits = Double.doubleToRawLongBits(v);
                        text = reuse && previous.bits[at] == bits && previous.text[at] != null ? previous.text[at]
                                : Decimal.text(v);
                        cells.bits[at] = bits;
                        cells.text[at] = text;
                    }
                    b.append(c == 0 ? "" : ",").append(text);
                }
                b.append('\n');
            }
            out.add(b.toString());
            previous = cells;
        }
        return out;
    }

    /** The numbers of one wall table, as bits, and their texts, row by row. */
    private static final class Cells {
        final long[] bits;
        final String[] text;

        Cells(int rows, int columns) {
            bits = new long[rows * columns];
            text = new String[rows * columns];
        }
    }

    /** The segment summary text. */
    public static String segments(ModeAnalysis analysis) {
        StringBuilder b = new StringBuilder(SEGMENT_HEADER).append('\n');
        List<Quantity<SegmentSummary>> columns = SegmentQuantities.TABLE.in(Output.SEGMENTS_CSV);
        for (SegmentSummary s : analysis.segments()) {
            row(b, columns, s);
            b.append('\n');
        }
        return b.toString();
    }

    private static String header(List<? extends Quantity<?>> columns) {
        return columns.stream().map(Quantity::header).collect(Collectors.joining(","));
    }

    /** The cells of one row, comma-separated, without a line end; values as {@link Quantity#text} writes them. */
    private static <T> void row(StringBuilder b, List<Quantity<T>> columns, T of) {
        for (int c = 0; c < columns.size(); c++) {
            b.append(c == 0 ? "" : ",").append(columns.get(c).text(of));
        }
    }
}
