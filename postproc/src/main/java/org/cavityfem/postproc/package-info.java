/** Post-processing of computed modes: fields, figures of merit, wall tables and output files. */
package org.cavityfem.postproc;
