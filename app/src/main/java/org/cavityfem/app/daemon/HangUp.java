package org.cavityfem.app.daemon;

/**
 * Keeps the server alive when the terminal that started it closes: the JVM would otherwise stop on
 * the hang-up signal sent to the terminal's processes (as {@code nohup} does for a command).
 */
final class HangUp {

    private HangUp() {
    }

    @SuppressWarnings("restriction")
    static void ignore() {
        try {
            sun.misc.Signal.handle(new sun.misc.Signal("HUP"), sun.misc.SignalHandler.SIG_IGN);
        } catch (IllegalArgumentException | LinkageError e) {
            // A platform without SIGHUP: nothing to ignore.
        }
    }
}
