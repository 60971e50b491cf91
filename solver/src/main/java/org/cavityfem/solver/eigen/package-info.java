/** Shift-invert generalized symmetric eigen solution with residual and inertia checks. */
package org.cavityfem.solver.eigen;
