package org.cavityfem.analysis.merit;

/**
 * What the eigensolver reports for one mode, as the result files show it before any figure of
 * merit: the numbers {@link ModeQuantities#SOLUTION} reads.
 */
public interface SolvedMode {

    /** f (Hz). */
    double frequency();

    /** k = 2πf/c (1/m). */
    double waveNumber();

    /** ||K x − k² M x|| / (k² ||M x||) of the eigenpair. */
    double relativeResidual();
}
