package org.cavityfem.app.daemon;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The jar this program runs from, by its real path (the launcher names it the same way). */
final class RunningJar {

    private RunningJar() {
    }

    /** The jar, or empty when the program runs from class folders (in the build's tests, say). */
    static Optional<Path> path() {
        try {
            Path p = Path.of(RunningJar.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isRegularFile(p) && p.toString().endsWith(".jar") ? Optional.of(p.toRealPath())
                    : Optional.empty();
        } catch (URISyntaxException | java.io.IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
