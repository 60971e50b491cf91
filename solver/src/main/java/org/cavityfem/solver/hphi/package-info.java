/**
 * The H_phi problem: its unknowns (the nodes off the Dirichlet boundaries) and its assembled system.
 */
package org.cavityfem.solver.hphi;
