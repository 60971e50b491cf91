/**
 * Named result quantities: a {@link org.cavityfem.analysis.quantity.Quantity} carries a quantity's
 * summary.json key, its CSV column header with the unit, the unit, a one-line description and how
 * to read it from an analysed object; a {@link org.cavityfem.analysis.quantity.QuantityTable} lists
 * them in output order, and every result writer iterates a table instead of spelling names again.
 * The tables themselves sit next to what they read: per mode and per wall sample in
 * {@code analysis.merit} ({@code ModeQuantities}, {@code WallQuantities}, {@code SegmentQuantities}),
 * the skin-layer figures in {@code analysis.superconducting} ({@code SurfaceQuantities}).
 */
package org.cavityfem.analysis.quantity;
