/**
 * Transit-time tables as SFO prints them (case key {@code rf.betaTable}): per mode a CSV under
 * transit/, a {@code transitTime} section of summary.json and a plot of T(β).
 */
package org.cavityfem.output.transit;
