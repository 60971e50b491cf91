/** The cavity command line: solve, tune, bench and paper, the version, and the one mapping from failures to exit statuses. */
package org.cavityfem.app.cli;
