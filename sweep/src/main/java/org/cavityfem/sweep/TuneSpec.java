package org.cavityfem.sweep;

/**
 * The tuning applied to every point before it is studied: {@code parameter} moved until the tuned
 * frequency (the π-mode of a multi-cell cavity, the lowest mode otherwise) is {@code frequency}.
 *
 * @param parameter the dotted name of the tuned parameter, e.g. {@code midCell.Req}
 * @param frequency the target (Hz)
 * @param tolerance relative frequency error accepted
 * @param maxIterations most solves of the search
 */
public record TuneSpec(String parameter, double frequency, double tolerance, int maxIterations) {

    /** Column name of the tuned value in the result table, e.g. {@code tuned.midCell.Req_m}. */
    public String column() {
        return "tuned." + parameter + "_m";
    }
}
