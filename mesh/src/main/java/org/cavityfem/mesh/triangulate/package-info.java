/** Quality straight-sided triangulation of a contour with a graded element size. */
package org.cavityfem.mesh.triangulate;
