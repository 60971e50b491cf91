package org.cavityfem.solver.form;

import org.cavityfem.fem.MapPoint;
import org.cavityfem.fem.TriangleQuadrature;

/**
 * One weak form a(u, v) = k² m(u, v) on the meridian plane, as what one quadrature point of one
 * element contributes to the element stiffness and mass matrices. The assembler
 * ({@link org.cavityfem.solver.assembly.FormAssembler}) chooses the rule, evaluates the element map
 * and scatters the result; the kernel knows only its integrand and its local basis.
 *
 * <p>Local unknowns are numbered 0 .. {@link #localSize()} − 1 in an order the kernel and its
 * {@link org.cavityfem.solver.assembly.ElementDofs} agree on. A form with several fields or spaces
 * per element (for example Nédélec edge functions for (E_z, E_r) followed by Lagrange functions
 * for r·E_phi) concatenates their local functions; its {@code T} holds every basis tabulated at the
 * rule's points, and it maps reference gradients or edge functions to the physical element with
 * the Jacobian in {@link MapPoint} (covariant Piola for edge functions). Edge orientation signs are
 * not the kernel's business: the DOF numbering carries them.
 *
 * <p>Both matrices are symmetric: the kernel adds only entries (a, b) with b ≥ a and the assembler
 * mirrors them. Kernels keep scratch arrays and are not thread-safe.
 *
 * @param <T> what the kernel precomputes per quadrature rule, e.g. its basis at the rule's points
 */
public interface FormKernel<T> {

    /** Number of local unknowns of an element. */
    int localSize();

    /** Tabulates what the kernel needs at the points of {@code rule}; called once per rule. */
    T tabulate(TriangleQuadrature rule);

    /**
     * Adds the contribution of point q of the rule to the upper triangles (b ≥ a) of the element
     * matrices, row-major localSize × localSize.
     *
     * @param x the element map at the point: r, Jacobian and its determinant
     * @param table this kernel's tabulation of the rule
     * @param q index of the quadrature point
     * @param weight the rule's weight of the point on the reference triangle; the kernel multiplies
     *     by det J itself
     * @param stiffness element stiffness matrix to add to
     * @param mass element mass matrix to add to
     */
    void add(MapPoint x, T table, int q, double weight, double[] stiffness, double[] mass);
}
