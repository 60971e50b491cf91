/** Surface resistance models of cavity walls: niobium BCS fits plus residual, normal conductors, a fixed value. */
package org.cavityfem.analysis.resistance;
