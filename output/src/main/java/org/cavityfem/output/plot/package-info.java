/**
 * PNG and SVG plots of modes and studies, drawn by JFreeChart (PNG) and JFreeSVG (SVG): the axial
 * field, wall fields against arc length, field maps over the meridian plane, passbands and
 * convergence. Each plot class turns SI data into a chart with units in its axis labels;
 * {@link org.cavityfem.output.plot.PlotImage} renders a chart to file contents.
 */
package org.cavityfem.output.plot;
