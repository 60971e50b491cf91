package org.cavityfem.app.daemon;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a running server tells the launcher, in a file only its user can read: the port it listens
 * on, the secret token a request must carry, its process id, and the jar it serves with that jar's
 * identity ({@link JarIdentity}). One file per jar path, in {@code $XDG_RUNTIME_DIR/cavity} when
 * that variable names a directory (a per-user, in-memory directory on most Linux systems), else in
 * {@code ~/.cache/cavity}; the directory is made 0700 and the file 0600. The file is
 * {@code key=value} lines, read by the launcher with bash's {@code read}.
 *
 * @param port the loopback TCP port
 * @param token the secret a request must carry (hex)
 * @param pid the server's process id
 * @param jar the jar's real path
 * @param identity the jar's identity when the server loaded it
 */
record DaemonState(int port, String token, long pid, Path jar, String identity) {

    private static final Set<PosixFilePermission> OWNER_DIR = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> OWNER_FILE = PosixFilePermissions.fromString("rw-------");

    /** The directory of the state files, from the environment as the launcher finds it. */
    static Path directory() {
        return directory(System.getenv("XDG_RUNTIME_DIR"), System.getProperty("user.home"));
    }

    /** The directory of the state files for these values of {@code XDG_RUNTIME_DIR} and the home directory. */
    static Path directory(String runtimeDir, String home) {
        if (runtimeDir != null && !runtimeDir.isEmpty() && Files.isDirectory(Path.of(runtimeDir))) {
            return Path.of(runtimeDir, "cavity");
        }
        return Path.of(home, ".cache", "cavity");
    }

    /**
     * The state file of the server of {@code jar} in {@code directory}: {@code daemon-} and the jar's
     * path with every character other than a letter, digit, '.', '_' or '-' made '_' (the launcher
     * spells it {@code daemon-${jar//[^A-Za-z0-9._-]/_}}). Two paths that give the same name are
     * told apart by the {@code jar} line inside.
     */
    static Path file(Path directory, Path jar) {
        return directory.resolve("daemon-" + jar.toString().replaceAll("[^A-Za-z0-9._-]", "_"));
    }

    /** The server's log (its standard output and error), beside the state file. */
    static Path log(Path stateFile) {
        return stateFile.resolveSibling(stateFile.getFileName() + ".log");
    }

    /** Makes the directory, readable by its owner only, and checks that an existing one is so. */
    static void makeDirectory(Path directory) throws IOException {
        Files.createDirectories(directory.getParent());
        if (!Files.isDirectory(directory)) {
            try {
                Files.createDirectory(directory, PosixFilePermissions.asFileAttribute(OWNER_DIR));
            } catch (java.nio.file.FileAlreadyExistsException raced) {
                // Another server made it meanwhile: checked below like any existing one.
            }
        }
        // createDirectory's permissions pass through the umask; an existing directory may be wider.
        Files.setPosixFilePermissions(directory, OWNER_DIR);
    }

    /** Writes the file (0600), through a private name and a rename, so that no reader sees half of it. */
    void write(Path file) throws IOException {
        makeDirectory(file.getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp" + pid);
        Files.deleteIfExists(tmp);
        Files.createFile(tmp, PosixFilePermissions.asFileAttribute(OWNER_FILE));
        Files.setPosixFilePermissions(tmp, OWNER_FILE);
        Files.writeString(tmp, "port=" + port + "\ntoken=" + token + "\npid=" + pid + "\njar=" + jar
                + "\nidentity=" + identity + "\n", StandardCharsets.UTF_8);
        try {
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The state in {@code file}, or empty when there is none or it cannot be read whole. */
    static Optional<DaemonState> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return Optional.empty();
        }
        Map<String, String> v = new HashMap<>();
        for (String line : lines) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                v.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        try {
            return Optional.of(new DaemonState(Integer.parseInt(v.get("port")), v.get("token"),
                    Long.parseLong(v.get("pid")), Path.of(v.get("jar")), v.get("identity")));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
