/** The study layer: one case (or contour) meshed, solved and analysed, the result returned without writing anything. */
package org.cavityfem.study;
