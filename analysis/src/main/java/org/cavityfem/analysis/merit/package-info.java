/**
 * Figures of merit of one mode (stored energy, losses, Q0, G, accelerating voltage, R/Q, peak
 * surface fields and their ratios), per-segment wall summaries, loss and Slater-sensitivity wall
 * rows, the charge–current consistency check, and the tables of these quantities that the result
 * writers iterate ({@link org.cavityfem.analysis.merit.ModeQuantities},
 * {@link org.cavityfem.analysis.merit.WallQuantities}, {@link org.cavityfem.analysis.merit.SegmentQuantities}).
 */
package org.cavityfem.analysis.merit;
