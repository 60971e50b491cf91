/**
 * Field map files for beam-dynamics codes, written from an
 * {@link org.cavityfem.analysis.fieldmap.FieldMap}: Superfish/Parmela T7, ASTRA on-axis E_z, a
 * GPT-ready 2D text map and Impact-T rfdata Fourier coefficients, with a README stating the
 * normalisation, the phase convention (E ~ cos ωt, B ~ sin ωt) and the units of each file.
 */
package org.cavityfem.output.fieldmap;
