/** Wall contours in the (z, r) half-plane: lines, circular and elliptic arcs, boundary kinds. */
package org.cavityfem.mesh.geometry;
