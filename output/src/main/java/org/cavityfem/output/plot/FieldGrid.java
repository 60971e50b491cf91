package org.cavityfem.output.plot;

import java.util.stream.IntStream;

/**
 * A field quantity sampled at the centres of a regular grid of cells over a rectangle of the
 * meridian plane; NaN where the centre lies outside the cavity.
 *
 * @param zMin left edge (m)
 * @param zMax right edge (m)
 * @param rMin bottom edge (m); negative for the mirrored half of the meridian plane
 * @param rMax top edge (m)
 * @param columns cells along z
 * @param rows cells along r
 * @param values the quantity (SI), row by row from {@code rMin} upwards, each row from {@code zMin}
 */
public record FieldGrid(double zMin, double zMax, double rMin, double rMax, int columns, int rows, double[] values) {

    /** The quantity at a point of the meridian plane (SI), NaN outside the cavity. */
    @FunctionalInterface
    public interface Sampler {
        /**
         * @param z axial position (m)
         * @param r distance from the axis (m), never negative
         */
        double at(double z, double r);
    }

    /** The quantity at the centre of a cell, which also knows the cell's index in {@link #values}. */
    @FunctionalInterface
    public interface CellSampler {
        /**
         * @param cell the cell's index, row by row from the bottom row
         * @param z axial position of its centre (m)
         * @param r distance of its centre from the axis (m), never negative
         */
        double at(int cell, double z, double r);
    }

    public FieldGrid {
        if (columns < 1 || rows < 1 || values.length != columns * rows) {
            throw new IllegalArgumentException("grid of " + columns + " × " + rows + " cells with "
                    + values.length + " values");
        }
    }

    /**
     * Samples {@code sampler} at every cell centre; a point below the axis (r &lt; 0) takes the value
     * at −r, the mirror image of a field that does not depend on the azimuth. Rows are sampled in
     * parallel, so {@code sampler} must be safe to call from several threads; each cell's value
     * depends on its centre only, so the result does not depend on the thread count.
     */
    public static FieldGrid sample(double zMin, double zMax, double rMin, double rMax, int columns, int rows,
            Sampler sampler) {
        return sampleCells(zMin, zMax, rMin, rMax, columns, rows, (cell, z, r) -> sampler.at(z, r));
    }

    /**
     * {@link #sample} with the cell's index passed to the sampler; of a grid symmetric about the axis
     * only the cells of the upper half are asked for.
     */
    public static FieldGrid sampleCells(double zMin, double zMax, double rMin, double rMax, int columns, int rows,
            CellSampler sampler) {
        double[] values = new double[columns * rows];
        double dz = (zMax - zMin) / columns;
        double dr = (rMax - rMin) / rows;
        // A grid symmetric about the axis samples its upper half and copies it to the lower half.
        boolean symmetric = rMin == -rMax && rows % 2 == 0;
        int first = symmetric ? rows / 2 : 0;
        IntStream.range(first, rows).parallel().forEach(j -> {
            double r = Math.abs(rMin + (j + 0.5) * dr);
            for (int i = 0; i < columns; i++) {
                values[j * columns + i] = sampler.at(j * columns + i, zMin + (i + 0.5) * dz, r);
            }
            if (symmetric) {
                System.arraycopy(values, j * columns, values, (rows - 1 - j) * columns, columns);
            }
        });
        return new FieldGrid(zMin, zMax, rMin, rMax, columns, rows, values);
    }

    /** The value of cell ({@code column}, {@code row}). */
    public double value(int column, int row) {
        return values[row * columns + column];
    }

    /** The largest finite value, or 0 when there is none. */
    public double max() {
        double m = 0;
        boolean any = false;
        for (double v : values) {
            if (Double.isFinite(v) && (!any || v > m)) {
                m = v;
                any = true;
            }
        }
        return m;
    }
}
