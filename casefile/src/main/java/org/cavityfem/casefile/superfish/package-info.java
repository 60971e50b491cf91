/**
 * Poisson Superfish input: the Automesh input file (.AF, .AM) read into the case model.
 *
 * <p>{@link org.cavityfem.casefile.superfish.NamelistParser} reads the Fortran namelist syntax that
 * Automesh accepts; {@link org.cavityfem.casefile.superfish.AutomeshImport} maps the {@code &reg} and
 * {@code &po} namelists onto a {@link org.cavityfem.casefile.ContourGeometry} case. Everything that
 * has no counterpart in the case model is an error naming its line, never a guess.
 */
package org.cavityfem.casefile.superfish;
