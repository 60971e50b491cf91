package org.cavityfem.tools.output;

import java.util.List;
import org.cavityfem.postproc.merit.ModeAnalysis;
import org.cavityfem.postproc.merit.SegmentSummary;
import org.cavityfem.postproc.merit.WallRow;
import org.cavityfem.postproc.superconducting.SurfaceColumn;
import org.cavityfem.postproc.wall.WallPoint;
import org.cavityfem.postproc.wall.WallTable;

/**
 * The per-mode wall files under {@code walls/}: the wall table along the arc length (one row per
 * sample, fields at the case's E_acc) and the per-segment summary. Units in every header; signs
 * and the Slater sensitivities as defined in docs/case-format.md ("Results").
 */
public final class WallCsv {

    /** Folder of the wall files inside the result folder. */
    public static final String FOLDER = "walls";

    /** Header of the wall table. */
    public static final String HEADER = "s (m),z (m),r (m),segment,segment name,boundary,n_z,n_r,"
            + "H_t = K (A/m),E_n (V/m),sigma (C/m^2),power density (W/m^2),"
            + "dF/dZ (Hz/m per m of wall),dF/dR (Hz/m per m of wall)";

    /** Header of the segment summary. */
    public static final String SEGMENT_HEADER =
            "segment,name,boundary,length (m),Epk (V/m),Hpk (A/m),power loss (W),power share";

    private WallCsv() {
    }

    /** Relative path of a mode's wall table, e.g. {@code walls/TM0-1_wall.csv}. */
    public static String wallFile(String label) {
        return FOLDER + "/" + fileStem(label) + "_wall.csv";
    }

    /** Relative path of a mode's segment summary, e.g. {@code walls/TM0-1_segments.csv}. */
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
        WallTable table = analysis.wall();
        StringBuilder b = new StringBuilder(HEADER);
        extra.forEach(c -> b.append(',').append(c.header()));
        b.append('\n');
        for (int i = 0; i < analysis.rows().size(); i++) {
            WallRow row = analysis.rows().get(i);
            WallPoint p = row.point();
            b.append(p.arcLength()).append(',').append(p.z()).append(',').append(p.r()).append(',')
                    .append(p.segment()).append(',').append(p.segmentName()).append(',')
                    .append(table.kind(p.segment()).key()).append(',')
                    .append(row.normalZ()).append(',').append(row.normalR()).append(',')
                    .append(p.surfaceCurrent()).append(',').append(p.normalElectricField()).append(',')
                    .append(p.surfaceCharge()).append(',').append(row.powerDensity()).append(',')
                    .append(row.dfDz()).append(',').append(row.dfDr());
            for (SurfaceColumn c : extra) {
                b.append(',').append(c.values()[i]);
            }
            b.append('\n');
        }
        return b.toString();
    }

    /** The segment summary text. */
    public static String segments(ModeAnalysis analysis) {
        StringBuilder b = new StringBuilder(SEGMENT_HEADER).append('\n');
        for (SegmentSummary s : analysis.segments()) {
            b.append(s.segment()).append(',').append(s.name()).append(',').append(s.kind().key()).append(',')
                    .append(s.length()).append(',').append(s.peakElectricField()).append(',')
                    .append(s.peakMagneticField()).append(',').append(s.powerLoss()).append(',')
                    .append(s.powerShare()).append('\n');
        }
        return b.toString();
    }
}
