package org.cavityfem.output.vtk;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cavityfem.analysis.merit.ModeAnalysis;
import org.cavityfem.analysis.merit.WallRow;
import org.cavityfem.analysis.wall.WallPoint;
import org.cavityfem.analysis.wall.WallTable;

/**
 * Wall quantities sampled along the walls, row by row, ready to be written as poly-lines: one
 * poly-line per run of consecutive rows on the same contour segment.
 *
 * @param z axial coordinate per row (m)
 * @param r radial coordinate per row (m)
 * @param segment contour segment index per row
 * @param columns every numeric quantity per row, by name with its unit (e.g. {@code "K (A/m)"}),
 *     in the order they are to appear
 */
public record WallLines(double[] z, double[] r, int[] segment, Map<String, double[]> columns) {

    public WallLines {
        if (z.length != r.length || z.length != segment.length) {
            throw new IllegalArgumentException("z, r and segment differ in length");
        }
        columns = new LinkedHashMap<>(columns);
        for (Map.Entry<String, double[]> c : columns.entrySet()) {
            if (c.getValue().length != z.length) {
                throw new IllegalArgumentException(c.getKey() + ": " + c.getValue().length + " values for "
                        + z.length + " rows");
            }
        }
        columns = java.util.Collections.unmodifiableMap(columns);
    }

    /**
     * Wall rows with the given columns.
     *
     * @param rows the rows, in order along the wall
     * @param columns the columns to carry
     */
    public static WallLines of(List<WallRow> rows, List<WallColumn> columns) {
        int n = rows.size();
        double[] z = new double[n];
        double[] r = new double[n];
        int[] segment = new int[n];
        for (int i = 0; i < n; i++) {
            WallPoint p = rows.get(i).point();
            z[i] = p.z();
            r[i] = p.r();
            segment[i] = p.segment();
        }
        Map<String, double[]> values = new LinkedHashMap<>();
        for (WallColumn c : columns) {
            double[] v = new double[n];
            for (int i = 0; i < n; i++) {
                v[i] = c.value().applyAsDouble(rows.get(i));
            }
            values.put(c.name(), v);
        }
        return new WallLines(z, r, segment, values);
    }

    /** The wall of an analysed mode: its fields, losses and Slater sensitivities. */
    public static WallLines of(ModeAnalysis analysis) {
        List<WallColumn> columns = new ArrayList<>(WallColumn.FIELDS);
        columns.addAll(WallColumn.LOSSES);
        return of(analysis.rows(), columns);
    }

    /** The wall fields of a wall table (no losses: they need a surface resistance). */
    public static WallLines of(WallTable table) {
        List<WallRow> rows = new ArrayList<>();
        for (int i = 0; i < table.points().size(); i++) {
            double[] n = table.inwardNormal(i);
            WallPoint p = table.points().get(i);
            rows.add(new WallRow(p, table.kind(p.segment()), n[0], n[1], Double.NaN, Double.NaN, Double.NaN));
        }
        return of(rows, WallColumn.FIELDS);
    }

    /**
     * A copy with one more column, e.g. a quantity computed elsewhere for the same rows.
     *
     * @param name the column's name with its unit
     * @param values one value per row
     */
    public WallLines with(String name, double[] values) {
        Map<String, double[]> more = new LinkedHashMap<>(columns);
        if (more.put(name, values) != null) {
            throw new IllegalArgumentException("column " + name + " is already there");
        }
        return new WallLines(z, r, segment, more);
    }

    /** Number of rows. */
    public int size() {
        return z.length;
    }
}
