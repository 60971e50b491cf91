/** Electric and magnetic fields of a mode anywhere in the meridian plane, at the nodes and on the axis. */
package org.cavityfem.analysis.field;
