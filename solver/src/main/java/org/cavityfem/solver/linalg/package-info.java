/** Sparse symmetric matrices, fill-reducing orderings and LDL^T factorisations. */
package org.cavityfem.solver.linalg;
