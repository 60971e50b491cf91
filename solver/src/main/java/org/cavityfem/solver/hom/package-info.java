/**
 * Modes varying as cos(mφ), m ≥ 1 (dipole, quadrupole, ...): the numbering of the mixed
 * Nédélec–Lagrange unknowns with the axis conditions, and the solver that excludes the gradient
 * kernel from the modes and from the inertia count (docs/design.md §2.11).
 */
package org.cavityfem.solver.hom;
