/** The solve pipeline: read, contour, mesh, solve and write, each stage timed. */
package org.cavityfem.tools.run;
