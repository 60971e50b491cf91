package org.cavityfem.app.daemon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bash side: the project's {@code cavity} launcher talking to a server started in this JVM. The
 * launcher runs with {@code CAVITY_JAR} naming a stand-in jar (so it never builds), and the state
 * file in a private {@code XDG_RUNTIME_DIR}. When the launcher does not use the server it starts
 * {@code java -jar} on the stand-in, which is no jar: a different status and no run recorded.
 */
class LauncherClientTest {

    private static final Path LAUNCHER = Path.of("..", "cavity").toAbsolutePath().normalize();

    @TempDir
    Path tmp;

    private Path jar;
    private Path runtime;
    private Path workdir;
    private DaemonServer server;
    private final List<String> ran = Collections.synchronizedList(new ArrayList<>());

    /** What one launcher process printed and returned. */
    record Result(int status, String out, String err) {
    }

    @BeforeEach
    void setUp() throws IOException {
        assumeTrue(Files.isExecutable(Path.of("/bin/bash")) || Files.isExecutable(Path.of("/usr/bin/bash")),
                "no bash on this machine: the launcher's client is not tested");
        assumeTrue(Files.isExecutable(LAUNCHER), "no launcher script at " + LAUNCHER);
        tmp = tmp.toRealPath();
        jar = Files.writeString(tmp.resolve("cavity.jar"), "a stand-in build");
        runtime = Files.createDirectory(tmp.resolve("run"));
        workdir = Files.createDirectory(tmp.resolve("my work"));
        String identity = JarIdentity.of(jar);
        assumeTrue(identity.equals(stat(jar)), "no GNU stat giving the jar identity (" + stat(jar) + ")");
        server = new DaemonServer(jar, identity, "secret", Duration.ofHours(1), (dir, out, err, args) -> {
            ran.add(dir + " " + String.join(" ", args));
            out.println("in " + dir);
            err.println("progress µ");
            out.print("args " + String.join("|", args));
            return 7;
        }, () -> true);
        server.start();
    }

    @AfterEach
    void stop() throws InterruptedException {
        if (server != null) {
            server.stop("test over");
            server.awaitStop();
        }
    }

    /** The identity as the launcher computes it, or the reason there is none. */
    private static String stat(Path file) {
        try {
            Process p = new ProcessBuilder("stat", "-L", "-c", "%s:%.9Y", file.toString()).redirectErrorStream(true)
                    .start();
            String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            return p.waitFor() == 0 ? text : "stat failed: " + text;
        } catch (IOException | InterruptedException e) {
            return "no stat: " + e;
        }
    }

    private void writeState(String token, Path servedJar) throws IOException {
        new DaemonState(server.port(), token, ProcessHandle.current().pid(), servedJar, JarIdentity.of(jar))
                .write(DaemonState.file(DaemonState.directory(runtime.toString(), "/nonexistent"), jar));
    }

    private Result launch(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("bash", LAUNCHER.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(workdir.toFile());
        Map<String, String> env = pb.environment();
        List.of("CAVITY_JAVA", "CAVITY_JAVA_OPTS", "CAVITY_JIT", "CAVITY_DAEMON", "PWD").forEach(env::remove);
        env.put("CAVITY_JAR", jar.toString());
        env.put("CAVITY_CDS", "off");
        env.put("XDG_RUNTIME_DIR", runtime.toString());
        Process p = pb.start();
        CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> {
            try {
                return p.getErrorStream().readAllBytes();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        byte[] out = p.getInputStream().readAllBytes();
        int status = p.waitFor();
        return new Result(status, new String(out, StandardCharsets.UTF_8), new String(err.join(), StandardCharsets.UTF_8));
    }

    @Test
    void theLauncherRelaysTheRunExactlyAndExitsWithItsStatus() throws Exception {
        writeState("secret", jar);
        Result r = launch("solve", "case one.json", "", "--set", "name=\"a  b\"");
        assertEquals(new Result(7, "in " + workdir + "\nargs solve|case one.json||--set|name=\"a  b\"", "progress µ\n"), r);
        assertEquals(List.of(workdir + " solve case one.json  --set name=\"a  b\""), ran);
    }

    @Test
    void withAWrongTokenItStartsItsOwnJvm() throws Exception {
        writeState("stolen", jar);
        Result r = launch("solve", "x.json");
        assertNotEquals(7, r.status());
        assertTrue(ran.isEmpty(), "the server ran nothing");
    }

    @Test
    void aStateFileOfAnotherJarOrAnArgumentWithALineBreakIsNotUsed() throws Exception {
        writeState("secret", tmp.resolve("other.jar"));
        assertNotEquals(7, launch("solve", "x.json").status());
        writeState("secret", jar);
        assertNotEquals(7, launch("solve", "x.json", "--set", "name=\"a\nb\"").status());
        assertNotEquals(7, launch("bench", "--quick").status(), "only solve goes to the server");
        assertTrue(ran.isEmpty(), "the server ran nothing");
        assertEquals(7, launch("solve", "x.json").status(), "and with all in order it does");
    }
}
