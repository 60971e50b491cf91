package org.cavityfem.postproc.vtk;

import java.util.LinkedHashMap;
import java.util.Map;

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

    /** Number of rows. */
    public int size() {
        return z.length;
    }
}
