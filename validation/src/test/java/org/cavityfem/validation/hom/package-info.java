/**
 * Validation of the modes beyond TM0: monopole TE0 modes of the pillbox and the sphere against
 * closed forms built from Bessel and spherical Bessel roots.
 */
package org.cavityfem.validation.hom;
