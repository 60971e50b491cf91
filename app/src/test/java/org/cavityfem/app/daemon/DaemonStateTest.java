package org.cavityfem.app.daemon;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The state file: where it lives, its name, its permissions and its contents. */
class DaemonStateTest {

    @TempDir
    Path tmp;

    @Test
    void theDirectoryIsTheRuntimeDirectoryWhenThereIsOneElseTheCache() {
        assertEquals(tmp.resolve("cavity"), DaemonState.directory(tmp.toString(), "/home/me"));
        assertEquals(Path.of("/home/me/.cache/cavity"), DaemonState.directory(null, "/home/me"));
        assertEquals(Path.of("/home/me/.cache/cavity"), DaemonState.directory("", "/home/me"));
        assertEquals(Path.of("/home/me/.cache/cavity"), DaemonState.directory(tmp.resolve("gone").toString(), "/home/me"));
    }

    @Test
    void theFileIsNamedAfterTheJarPathAsTheLauncherSpellsIt() {
        assertEquals(tmp.resolve("daemon-_home_me_my_cav-1.2_app_target_cavity.jar"),
                DaemonState.file(tmp, Path.of("/home/me/my cav-1.2/app/target/cavity.jar")));
    }

    @Test
    void writtenOwnerOnlyAndReadBack() throws Exception {
        Path dir = tmp.resolve("cavity");
        Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        DaemonState state = new DaemonState(40123, "00ff", 4242, Path.of("/x/cavity.jar"), "12:3.000000004");
        Path file = DaemonState.file(dir, state.jar());
        state.write(file);
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir)),
                "a wider existing directory is narrowed");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals("port=40123\ntoken=00ff\npid=4242\njar=/x/cavity.jar\nidentity=12:3.000000004\n",
                Files.readString(file));
        assertEquals(Optional.of(state), DaemonState.read(file));
        Files.writeString(file, "port=40123\ntoken=00ff\n");
        assertEquals(Optional.empty(), DaemonState.read(file), "half a file is no state");
        assertEquals(Optional.empty(), DaemonState.read(tmp.resolve("none")));
    }
}
