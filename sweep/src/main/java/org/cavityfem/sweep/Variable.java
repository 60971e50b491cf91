package org.cavityfem.sweep;

import java.util.List;

/**
 * One varied parameter of a study.
 *
 * @param name the dotted parameter name of the geometry, as {@code cavity tune} takes it, e.g.
 *     {@code midCell.Ri}
 * @param lower lower bound (m)
 * @param upper upper bound (m), not below {@code lower}
 * @param steps grid points from lower to upper (at least 1); 0 when {@code values} are given
 * @param values explicit values (m) of a list or grid; empty when the range is used
 */
public record Variable(String name, double lower, double upper, int steps, List<Double> values) {

    public Variable {
        values = List.copyOf(values);
    }

    /** The values a grid takes: the explicit ones, or {@code steps} evenly spaced from lower to upper. */
    public double[] gridValues() {
        if (!values.isEmpty()) {
            return values.stream().mapToDouble(Double::doubleValue).toArray();
        }
        double[] v = new double[steps];
        for (int i = 0; i < steps; i++) {
            v[i] = steps == 1 ? lower : lower + (upper - lower) * i / (steps - 1);
        }
        return v;
    }

    /** Column name in the result table: the parameter with its unit, e.g. {@code midCell.Ri_m}. */
    public String column() {
        return name + "_m";
    }
}
