/**
 * The H_phi problem's unknowns (nodes off the Dirichlet boundaries), its assembled system and the
 * physical constants of the solver.
 */
package org.cavityfem.solver.fem;
