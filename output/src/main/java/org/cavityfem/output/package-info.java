/** The result folder: written whole or not at all, with summary.json, modes.csv and the console table. */
package org.cavityfem.output;
