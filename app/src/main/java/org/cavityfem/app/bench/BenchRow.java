package org.cavityfem.app.bench;

/**
 * One bench measurement: the lowest mode of one reference cavity on one mesh.
 *
 * @param reference name of the reference cavity
 * @param order element order
 * @param elementSize target element size (m)
 * @param elements number of elements
 * @param unknowns degrees of freedom
 * @param relativeError |f − f_exact| / f_exact of the lowest mode
 * @param meshSeconds wall time of meshing (s)
 * @param assembleSeconds wall time of assembly (s)
 * @param eigenSeconds wall time of the eigen solve (s)
 * @param totalSeconds wall time of mesh, assembly and solve together (s)
 */
public record BenchRow(String reference, int order, double elementSize, int elements, int unknowns,
        double relativeError, double meshSeconds, double assembleSeconds, double eigenSeconds, double totalSeconds) {
}
