/**
 * The fundamental passband of a multi-cell cavity: its TM010-like modes labelled by phase advance,
 * cell-to-cell coupling, and the field flatness of the π-mode.
 */
package org.cavityfem.analysis.passband;
