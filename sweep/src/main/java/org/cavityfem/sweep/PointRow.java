package org.cavityfem.sweep;

import java.io.Serializable;

/**
 * One finished point of a study: a row of the result table.
 *
 * @param index the point's index in the design (rows are ordered by it)
 * @param parameters the varied parameters' values (m), in the study's order
 * @param tuned the tuned parameter's value (m), NaN without tuning or when the point failed
 * @param status {@link #OK} or {@link #FAILED}
 * @param reason why the point failed; empty when it did not
 * @param figures the figures in {@link Figures#columns()} order; NaN when failed or not applicable
 */
public record PointRow(int index, double[] parameters, double tuned, String status, String reason,
        double[] figures) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Status of a point studied in full. */
    public static final String OK = "ok";

    /** Status of a point that could not be studied. */
    public static final String FAILED = "failed";

    public PointRow {
        parameters = parameters.clone();
        figures = figures.clone();
    }

    /** True when the point was studied in full. */
    public boolean ok() {
        return status.equals(OK);
    }

    /** The figure of a column of {@link Figures#columns()}. */
    public double figure(String column) {
        return figures[Figures.index(column)];
    }

    @Override
    public double[] parameters() {
        return parameters.clone();
    }

    @Override
    public double[] figures() {
        return figures.clone();
    }
}
