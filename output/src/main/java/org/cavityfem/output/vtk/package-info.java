/**
 * ParaView output: VTK XML files (meridian-plane grid with curved Lagrange cells, wall poly-lines,
 * revolved wall surface, and a {@code .pvd} collection of all modes), appended raw binary or ASCII.
 */
package org.cavityfem.output.vtk;
