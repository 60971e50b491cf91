/** Superconducting wall materials as data: niobium from the paper's Table 1, and user-defined ones. */
package org.cavityfem.analysis.material;
