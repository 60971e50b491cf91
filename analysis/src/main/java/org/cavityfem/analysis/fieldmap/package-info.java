/**
 * Field maps for beam-dynamics codes: a mode's fields sampled on a rectangular (z, r) grid through
 * the exact element map ({@link org.cavityfem.analysis.field.ModeField}, the evaluation the plots
 * use), at a chosen normalisation, and the Fourier series of the on-axis field. The file layouts
 * are written by org.cavityfem.output.fieldmap.
 *
 * <p>Phase convention of every map: E(r, z, t) = E(r, z) cos ωt and B(r, z, t) = B(r, z) sin ωt,
 * so that with E_z(0, z) > 0 at the cavity centre B_φ = −(E_0/c) J1(kr) in a pillbox.
 */
package org.cavityfem.analysis.fieldmap;
