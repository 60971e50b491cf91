/**
 * The finite-element core shared by the mesher, the solver and the post-processing: the reference
 * triangle and its node layout, the Lagrange basis, Gauss and collapsed triangle quadrature, basis
 * tabulation at quadrature points, and the element map from the reference triangle to the
 * meridian plane (exact curved or isoparametric) with its Jacobian.
 *
 * <p>Knows nothing of meshes or geometry files: a curved edge reaches it through
 * {@link org.cavityfem.fem.EdgeCurve}, which the mesh's contour segments implement.
 */
package org.cavityfem.fem;
