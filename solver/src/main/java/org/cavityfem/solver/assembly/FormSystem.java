package org.cavityfem.solver.assembly;

import org.cavityfem.solver.linalg.CsrMatrix;

/**
 * The assembled generalised eigenproblem K x = k² M x of a form over its unknowns.
 *
 * @param stiffness K, symmetric
 * @param mass M, symmetric positive definite
 */
public record FormSystem(CsrMatrix stiffness, CsrMatrix mass) {
}
