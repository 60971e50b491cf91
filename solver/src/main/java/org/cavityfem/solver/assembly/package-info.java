/**
 * Generic assembly of a weak form on a mesh: element geometry from the mesh's element maps, the
 * quadrature rules of axisymmetric integrands, the form's kernel per quadrature point, and the
 * scatter of element matrices into CSR through a numbering of the unknowns. Knows no particular
 * form.
 */
package org.cavityfem.solver.assembly;
