package org.cavityfem.solver.hphi;

import org.cavityfem.solver.linalg.CsrMatrix;

/**
 * The discrete H_phi eigenproblem K x = k² M x over the unknowns of {@code dofs}.
 *
 * @param dofs numbering of the unknowns
 * @param stiffness K (dimensionless per (A/m)², see {@link org.cavityfem.solver.form.HphiForm})
 * @param mass M (m² per (A/m)²): xᵀ M x = ∫∫ r H² dr dz, so ∫ H² dV = 2π xᵀ M x
 */
public record HphiSystem(DofMap dofs, CsrMatrix stiffness, CsrMatrix mass) {
}
