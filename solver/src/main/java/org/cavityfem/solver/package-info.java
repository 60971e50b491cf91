/** Finite-element discretisation and eigen solution of the monopole H_phi problem. */
package org.cavityfem.solver;
