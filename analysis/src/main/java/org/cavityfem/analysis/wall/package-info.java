/**
 * The fields on the cavity walls, sampled along the arc length of the meridian contour: surface
 * current, normal electric field and surface charge, from the trace of H_phi on each boundary edge.
 */
package org.cavityfem.analysis.wall;
