package org.cavityfem.analysis.quantity;

/**
 * The result files a quantity of a table is written to. A writer shows the entries of its table
 * that name its output, in table order; the console table is chosen by {@link ConsoleColumn}
 * instead, since it also needs a format.
 */
public enum Output {
    /** summary.json (the per-mode entries, their segments and their superconducting-surface block). */
    SUMMARY,
    /** modes.csv, one row per mode: the main figures. */
    MODES_CSV,
    /** The wall table {@code walls/<label>_wall.csv}, one row per wall sample. */
    WALL_CSV,
    /** The segment summary {@code walls/<label>_segments.csv}, one row per wall segment. */
    SEGMENTS_CSV,
    /** The point arrays of the ParaView wall file {@code paraview/mode_NN_walls.vtp}. */
    PARAVIEW
}
