package org.cavityfem.app.daemon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.cavityfem.app.cli.CavityCli;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A server started in this JVM on an ephemeral port, spoken to as the launcher does. */
class DaemonServerTest {

    /** The shipped pillbox case (tests run in the app module's folder). */
    private static final Path PILLBOX = Path.of("..", "cases", "pillbox.json").toAbsolutePath().normalize();

    @TempDir
    Path tmp;

    private Path jar;
    private String identity;
    private DaemonServer server;
    private final List<String> ran = Collections.synchronizedList(new ArrayList<>());

    @BeforeEach
    void jar() throws IOException {
        jar = Files.writeString(tmp.resolve("cavity.jar"), "a build");
        identity = JarIdentity.of(jar);
    }

    @AfterEach
    void stop() throws InterruptedException {
        if (server != null) {
            server.stop("test over");
            server.awaitStop();
        }
    }

    private DaemonServer start(Duration idle, DaemonServer.Runner runner) throws IOException {
        server = new DaemonServer(jar, identity, "secret", idle, runner, () -> true);
        server.start();
        return server;
    }

    /** A runner that records its command line and prints what the launcher must relay. */
    private DaemonServer.Runner echo() {
        return (workdir, out, err, args) -> {
            ran.add(workdir + " " + String.join(" ", args));
            out.println("in " + workdir);
            err.println("progress");
            out.print("args " + String.join("|", args));
            return 7;
        };
    }

    private List<String> call(String token, String jarIdentity, String verb, Path workdir, String... args)
            throws IOException {
        return DaemonClient.call(server.port(), new Request(token, jarIdentity, verb, workdir, List.of(args)), 60_000);
    }

    @Test
    void aRunIsRelayedWithItsExitStatus() throws Exception {
        start(Duration.ofHours(1), echo());
        assertEquals(List.of("accepted", "oin " + tmp, "eprogress", "Oargs solve|a b.json||-q", "x7"),
                call("secret", identity, "run", tmp, "solve", "a b.json", "", "-q"));
        assertEquals(List.of(tmp + " solve a b.json  -q"), ran);
    }

    @Test
    void aWrongTokenIsRefusedAndRunsNothing() throws Exception {
        start(Duration.ofHours(1), echo());
        assertEquals(List.of("refused wrong token"), call("secreT", identity, "run", tmp, "solve", "x.json"));
        assertEquals(List.of("refused wrong token"), call("", identity, "stop", null));
        assertTrue(ran.isEmpty());
        assertEquals("accepted", call("secret", identity, "ping", null).get(0), "still serving");
    }

    @Test
    void anotherBuildsRequestIsRefused() throws Exception {
        start(Duration.ofHours(1), echo());
        List<String> reply = call("secret", "7:1796529178.000000001", "run", tmp, "solve", "x.json");
        assertEquals(1, reply.size());
        assertTrue(reply.get(0).startsWith("refused this server runs another build"), reply.get(0));
        assertTrue(ran.isEmpty());
    }

    @Test
    void aRebuiltJarStopsTheServer() throws Exception {
        start(Duration.ofHours(1), echo());
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 1000));
        List<String> reply = call("secret", identity, "run", tmp, "solve", "x.json");
        assertEquals(List.of("refused the jar changed since this server started"), reply);
        assertTrue(server.awaitStop().startsWith("the jar changed"));
        assertTrue(ran.isEmpty());
    }

    @Test
    void onlySolveIsServed() throws Exception {
        start(Duration.ofHours(1), echo());
        assertEquals(List.of("refused only 'cavity solve' is served"),
                call("secret", identity, "run", tmp, "bench", "--whole-process"));
        assertEquals(List.of("refused only 'cavity solve' is served"), call("secret", identity, "run", tmp));
        assertEquals("x7", call("secret", identity, "run", tmp, "--debug", "solve", "x.json").get(4));
    }

    @Test
    void requestsRunOneAtATime() throws Exception {
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        start(Duration.ofHours(1), (workdir, out, err, args) -> {
            most.accumulateAndGet(running.incrementAndGet(), Math::max);
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            running.decrementAndGet();
            out.println(args[1]);
            return 0;
        });
        List<CompletableFuture<List<String>>> replies = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String n = Integer.toString(i);
            replies.add(CompletableFuture.supplyAsync(() -> {
                try {
                    return call("secret", identity, "run", tmp, "solve", n);
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        for (int i = 0; i < 4; i++) {
            assertEquals(List.of("accepted", "o" + i, "x0"), replies.get(i).join());
        }
        assertEquals(1, most.get(), "at most one request at a time");
    }

    /** A launcher that gave up waiting (and started its own JVM) has its queued request dropped. */
    @Test
    void aQueuedRequestWhoseLauncherLeftDoesNotRun() throws Exception {
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        start(Duration.ofHours(1), (workdir, out, err, args) -> {
            ran.add(args[1]);
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return 0;
        });
        CompletableFuture<List<String>> first = CompletableFuture.supplyAsync(() -> {
            try {
                return call("secret", identity, "run", tmp, "solve", "first");
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        while (ran.isEmpty()) {
            Thread.sleep(10);
        }
        try (java.net.Socket s = new java.net.Socket(java.net.InetAddress.getLoopbackAddress(), server.port())) {
            s.getOutputStream().write(new Request("secret", identity, "run", tmp, List.of("solve", "second")).text()
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            assertEquals("accepted", new java.io.BufferedReader(new java.io.InputStreamReader(s.getInputStream(),
                    java.nio.charset.StandardCharsets.UTF_8)).readLine());
        }
        release.countDown();
        assertEquals(List.of("accepted", "x0"), first.join());
        assertEquals(List.of("accepted", "x0"), call("secret", identity, "run", tmp, "solve", "3"));
        assertEquals(List.of("first", "3"), ran, "the second request never ran");
    }

    @Test
    void itStopsWhenIdleAndWhenAsked() throws Exception {
        start(Duration.ofMillis(300), echo());
        assertEquals("idle for 300 ms", server.awaitStop());
        server = null;
        start(Duration.ofHours(1), echo());
        assertEquals(List.of("accepted", "x0"), call("secret", identity, "stop", null));
        assertEquals("asked to stop", server.awaitStop());
    }

    /**
     * The real command line in the server: a relative case file and result folder are those of the
     * request's directory, not of the server's, and the messages name them as typed.
     */
    @Test
    void theCommandLineRunsInTheRequestsDirectory() throws Exception {
        start(Duration.ofHours(1), (workdir, out, err, args) -> CavityCli.run(CavityCli.defaultSolvers(), out, err,
                workdir, args));
        Path workdir = Files.createDirectory(tmp.resolve("work"));
        Files.copy(PILLBOX, workdir.resolve("pillbox.json"));
        assertFalse(Files.exists(Path.of("pillbox.json")), "the test's own directory has no such case");
        List<String> reply = call("secret", identity, "run", workdir, "solve", "pillbox.json", "--out", "res",
                "--no-plots", "--quiet", "--set", "mesh.errorEstimate=false");
        assertEquals("accepted", reply.get(0));
        assertEquals("x0", reply.get(reply.size() - 1), String.join("\n", reply));
        assertTrue(reply.contains("oresults: res"), String.join("\n", reply));
        assertTrue(Files.readString(workdir.resolve("res/summary.json")).contains("\"file\" : \"pillbox.json\""));
        assertFalse(Files.exists(Path.of("res")));

        List<String> missing = call("secret", identity, "run", workdir, "solve", "nothing.json");
        assertEquals(List.of("accepted", "eerror: nothing.json: no such file; check the path", "x2"), missing);
    }
}
