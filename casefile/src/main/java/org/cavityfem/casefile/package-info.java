/** Case files: strict reading with located errors, units, the case model, contours and the resolved case. */
package org.cavityfem.casefile;
