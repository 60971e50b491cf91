/** The cavity command line: solve and bench subcommands, version and exit statuses. */
package org.cavityfem.tools.cli;
