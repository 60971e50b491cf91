package org.cavityfem.analysis.accuracy;

/**
 * One step of the periodic mid-cell's own refinement (design.md §2.14, "The periodic mid-cell's
 * k_cc"), as summary.json's {@code accuracy.periodicCellHistory} records it: its two cells solved at
 * order p and p + 1 on one triangulation each.
 *
 * @param iteration 0 for the cells the passband step solved
 * @param order element order of the reported cells
 * @param elementSize the cells' element size (m)
 * @param coupling the order-p k_cc (fraction)
 * @param estimate its relative estimate |k_p − k_{p+1}| / |k_p|
 * @param action what follows: {@link #DONE}, {@link #RAISE_ORDER}, {@link #HALVE_SIZE} or {@link #STOP}
 * @param seconds wall time of the step's solves (s)
 */
public record PeriodicCellStep(int iteration, int order, double elementSize, double coupling, double estimate,
        String action, double seconds) {

    /** The estimate met the figures' target, or there was none. */
    public static final String DONE = "done";
    /** The next step raises the cells' order by one. */
    public static final String RAISE_ORDER = "raise order";
    /** The next step halves the cells' element size. */
    public static final String HALVE_SIZE = "halve element size";
    /** The target was missed and the loop ended with a shortfall. */
    public static final String STOP = "stop (shortfall)";
}
