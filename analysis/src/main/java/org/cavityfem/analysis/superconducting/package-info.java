/**
 * Superconducting electrons in the skin layer of any cavity's walls, from its wall fields: charge per
 * coherence area, current velocity and excursion, vortex entry at H_c1(T), vortex Lorentz heating;
 * {@link org.cavityfem.analysis.superconducting.SurfaceQuantities} lists them for the result writers.
 */
package org.cavityfem.analysis.superconducting;
