/**
 * Figures of merit of one mode (stored energy, losses, Q0, G, accelerating voltage, R/Q, peak
 * surface fields and their ratios), per-segment wall summaries, loss and Slater-sensitivity wall
 * rows, and the charge–current consistency check.
 */
package org.cavityfem.postproc.merit;
