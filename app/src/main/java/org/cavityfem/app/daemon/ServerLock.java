package org.cavityfem.app.daemon;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Optional;

/**
 * At most one server per jar path: a server holds an exclusive lock on {@code <state file>.lock}
 * for as long as its process lives. The operating system releases it when the process ends, however
 * it ends, so a lock is never left stale. Two launchers that find no server and start one each at
 * the same moment thus leave one server: the second process finds the lock held and exits.
 *
 * <p>A server of another build of the same jar path (the jar was rebuilt) stops by itself within
 * seconds, or after the request it is running; a new server waits a little for its lock, and gives
 * up when it is not freed, leaving the next launcher to try again.
 */
final class ServerLock {

    private ServerLock() {
    }

    /** The lock file of the server whose state file is {@code stateFile}. */
    static Path file(Path stateFile) {
        return stateFile.resolveSibling(stateFile.getFileName() + ".lock");
    }

    /**
     * Takes the lock of the server of {@code stateFile}, for the life of this process.
     *
     * @param identity the identity of the jar this server would run ({@link JarIdentity})
     * @param patience how long to wait while the lock's holder is a server of another build (which stops
     *     by itself); a holder of this very build means a server runs, and nothing is waited for
     * @return the lock, or empty when another process holds it
     */
    static Optional<FileLock> acquire(Path stateFile, String identity, Duration patience)
            throws IOException, InterruptedException {
        DaemonState.makeDirectory(stateFile.getParent());
        Path file = file(stateFile);
        FileChannel channel;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            java.nio.file.Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (java.nio.file.FileAlreadyExistsException exists) {
            channel = FileChannel.open(file, StandardOpenOption.WRITE);
        }
        long deadline = System.nanoTime() + patience.toNanos();
        while (true) {
            FileLock lock = tryLock(channel);
            if (lock != null) {
                return Optional.of(lock);
            }
            boolean sameBuild = DaemonState.read(stateFile).map(s -> s.identity().equals(identity)).orElse(false);
            if (sameBuild || System.nanoTime() > deadline) {
                channel.close();
                return Optional.empty();
            }
            Thread.sleep(100);
        }
    }

    /** The lock when free; null when another process (or another channel of this JVM) holds it. */
    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException heldHere) {
            return null;
        }
    }
}
