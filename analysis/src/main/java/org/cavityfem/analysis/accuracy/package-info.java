/**
 * Error estimates of the reported quantities (design.md §2.14): every mode of an order-p solve is
 * compared with the same mode solved at order p + 1 on the same triangulation
 * ({@link org.cavityfem.analysis.accuracy.OrderComparison} matches the modes by frequency and field
 * overlap and measures their difference element by element), and every real quantity of the
 * per-mode tables gets the relative difference of its two values as its estimate
 * ({@link org.cavityfem.analysis.accuracy.QuantityErrors}). The element differences are the error
 * indicators that drive adaptive refinement in the study layer. The same for the passband's k_cc and
 * flatness ({@link org.cavityfem.analysis.accuracy.PassbandErrors}) and for TE0 and m ≥ 1 modes
 * ({@link org.cavityfem.analysis.accuracy.AzimuthalComparison} pairs m ≥ 1 modes,
 * {@link org.cavityfem.analysis.accuracy.AzimuthalErrors} compares their figures).
 */
package org.cavityfem.analysis.accuracy;
