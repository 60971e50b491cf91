/**
 * Fields and figures of merit of the modes varying as cos(mφ), m ≥ 1: field evaluation from the
 * mixed Nédélec–Lagrange unknowns and the transverse impedance by Panofsky–Wenzel at the axis limit
 * (docs/design.md §2.12).
 */
package org.cavityfem.analysis.hom;
