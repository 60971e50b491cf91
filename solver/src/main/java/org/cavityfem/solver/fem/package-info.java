/** Lagrange bases, triangle quadrature and assembly of the H_phi stiffness and mass matrices. */
package org.cavityfem.solver.fem;
