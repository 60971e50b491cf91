package org.cavityfem.app.cli;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The numerical libraries announce at INFO level which implementation they picked; the command line
 * keeps standard error for its own progress and errors. Set on first need (before the first mode
 * solver is made) rather than at start, so that commands that never solve do not start
 * java.util.logging, and {@link WarmUp} can set it on the idle core.
 */
final class NetlibLog {

    /** Held here so the setting sticks (the log manager keeps loggers only weakly). */
    private static final Logger LOGGER = Logger.getLogger("dev.ludovic.netlib");

    static {
        LOGGER.setLevel(Level.WARNING);
    }

    private NetlibLog() {
    }

    /** Makes sure the level is set (the class's initialisation does it, once). */
    static void quiet() {
        // Nothing more: calling this initialises the class.
    }
}
