/** Cavity builders that turn a few named dimensions into a closed wall contour. */
package org.cavityfem.mesh.build;
