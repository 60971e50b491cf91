package org.cavityfem.app.daemon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One server per jar: the lock a server holds while it lives. (Across processes the operating
 * system's lock decides; .ci/daemon-auto starts two launchers at once and counts the servers.)
 */
class ServerLockTest {

    @TempDir
    Path tmp;

    @Test
    void aSecondServerOfTheSameBuildGivesUpAtOnce() throws Exception {
        Path state = DaemonState.file(tmp.resolve("cavity"), Path.of("/x/cavity.jar"));
        Optional<FileLock> first = ServerLock.acquire(state, "1:2.3", Duration.ofMinutes(1));
        assertTrue(first.isPresent());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(ServerLock.file(state))));
        new DaemonState(1, "t", 1, Path.of("/x/cavity.jar"), "1:2.3").write(state);
        long t0 = System.nanoTime();
        assertTrue(ServerLock.acquire(state, "1:2.3", Duration.ofMinutes(1)).isEmpty());
        assertTrue(System.nanoTime() - t0 < 30e9, "it did not wait for the patience of a minute");
        first.get().release();
        first.get().channel().close();
        assertTrue(ServerLock.acquire(state, "1:2.3", Duration.ofMinutes(1)).isPresent(), "free once released");
    }

    @Test
    void aServerOfANewBuildWaitsForTheOldOneThenGivesUp() throws Exception {
        Path state = DaemonState.file(tmp.resolve("cavity"), Path.of("/x/cavity.jar"));
        Optional<FileLock> old = ServerLock.acquire(state, "1:2.3", Duration.ZERO);
        new DaemonState(1, "t", 1, Path.of("/x/cavity.jar"), "1:2.3").write(state);
        // Released while the new one waits: it gets the lock.
        Thread release = new Thread(() -> {
            try {
                Thread.sleep(300);
                old.get().channel().close();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        release.start();
        assertTrue(ServerLock.acquire(state, "9:9.9", Duration.ofSeconds(30)).isPresent());
        release.join();
        // Held by another for longer than the patience: no lock.
        Path other = DaemonState.file(tmp.resolve("cavity"), Path.of("/y/cavity.jar"));
        Optional<FileLock> held = ServerLock.acquire(other, "1:2.3", Duration.ZERO);
        assertTrue(held.isPresent());
        assertTrue(ServerLock.acquire(other, "9:9.9", Duration.ofMillis(200)).isEmpty());
    }
}
