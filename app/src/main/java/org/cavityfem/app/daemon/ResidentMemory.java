package org.cavityfem.app.daemon;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The server's resident set size, as Linux reports it ({@code VmRSS} of /proc/self/status). */
final class ResidentMemory {

    private ResidentMemory() {
    }

    /** E.g. {@code 143 MiB}; "unknown" where /proc is not there. */
    static String describe() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    long kib = Long.parseLong(line.replaceAll("[^0-9]", ""));
                    return (kib + 512) / 1024 + " MiB";
                }
            }
        } catch (IOException | RuntimeException e) {
            // Not Linux, or a format this does not know.
        }
        return "unknown";
    }
}
