/**
 * Error estimates and adaptive refinement of a study (design.md §2.14): every solve is paired with
 * a solve one order higher on the same triangulation, the pair gives each reported quantity its
 * estimate and each element its indicator, and with {@code mesh.accuracy} the study raises the
 * order or refines the mesh where the indicators are large until every estimate meets its target,
 * or says which one cannot and why.
 */
package org.cavityfem.study.adapt;
