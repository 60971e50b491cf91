/** High-order curved triangular meshes of the (z, r) meridian half-plane. */
package org.cavityfem.mesh;
