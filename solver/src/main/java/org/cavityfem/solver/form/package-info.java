/**
 * Weak forms as element kernels: each says, at one quadrature point of one element, what it adds to
 * the element stiffness and mass matrices ({@link org.cavityfem.solver.form.FormKernel}). The
 * generic assembler of {@link org.cavityfem.solver.assembly} does the rest.
 */
package org.cavityfem.solver.form;
