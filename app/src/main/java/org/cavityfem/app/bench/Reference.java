package org.cavityfem.app.bench;

import org.cavityfem.mesh.geometry.Contour;

/**
 * A cavity whose lowest monopole mode is known in closed form.
 *
 * @param name short name for the table
 * @param contour its wall contour
 * @param waveNumber exact k of the lowest mode (1/m)
 * @param length reference length the element sizes are fractions of (m)
 * @param source where the closed form comes from
 */
public record Reference(String name, Contour contour, double waveNumber, double length, String source) {
}
