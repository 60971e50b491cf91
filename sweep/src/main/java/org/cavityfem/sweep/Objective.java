package org.cavityfem.sweep;

/**
 * One objective of an optimisation: a column of the result table, minimised or maximised.
 *
 * @param column the figure's key, e.g. {@code EpkOverEacc}
 * @param maximise true to maximise
 */
public record Objective(String column, boolean maximise) {

    /** The value jMetal minimises. */
    public double minimised(double value) {
        return maximise ? -value : value;
    }

    @Override
    public String toString() {
        return (maximise ? "max " : "min ") + column;
    }
}
