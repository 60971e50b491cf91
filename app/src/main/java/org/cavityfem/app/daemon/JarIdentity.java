package org.cavityfem.app.daemon;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.Locale;

/**
 * Which build of the program a jar file holds, as the launcher can tell without starting Java:
 * size and modification time to the nanosecond, {@code SIZE:SECONDS.NANOS}, the text of GNU
 * {@code stat -L -c '%s:%.9Y' JAR}. A rebuilt jar has another time (Maven writes it anew), so a
 * server never answers for a build other than the one it loaded.
 */
final class JarIdentity {

    private JarIdentity() {
    }

    /**
     * The identity of the jar at {@code jar} (following links).
     *
     * @throws IOException when the file cannot be read
     */
    static String of(Path jar) throws IOException {
        BasicFileAttributes a = Files.readAttributes(jar, BasicFileAttributes.class);
        Instant t = a.lastModifiedTime().toInstant();
        return String.format(Locale.ROOT, "%d:%d.%09d", a.size(), t.getEpochSecond(), t.getNano());
    }

    /** The identity now, or an empty text when the jar is gone or unreadable (never equal to one read before). */
    static String orGone(Path jar) {
        try {
            return of(jar);
        } catch (IOException e) {
            return "";
        }
    }
}
