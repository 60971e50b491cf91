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
    void onlySolveAndTuneAreServed() throws Exception {
        start(Duration.ofHours(1), echo());
        for (String command : List.of("bench", "sweep", "optimize", "daemon", "fieldmap", "import", "paper")) {
            assertEquals(List.of("refused only 'cavity solve' and 'cavity tune' are served"),
                    call("secret", identity, "run", tmp, command, "x"), command);
        }
        assertEquals(List.of("refused only 'cavity solve' and 'cavity tune' are served"),
                call("secret", identity, "run", tmp));
        assertEquals("x7", call("secret", identity, "run", tmp, "--debug", "solve", "x.json").get(4));
        assertEquals("x7", call("secret", identity, "run", tmp, "tune", "x.json").get(4));
    }

    /** Sends a run and returns the open connection, once the server has accepted it. */
    private java.net.Socket send(String... args) throws IOException {
        java.net.Socket s = new java.net.Socket(java.net.InetAddress.getLoopbackAddress(), server.port());
        s.setSoTimeout(60_000);
        s.getOutputStream().write(new Request("secret", identity, "run", tmp, List.of(args)).text()
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return s;
    }

    private static java.io.BufferedReader reader(java.net.Socket s) throws IOException {
        return new java.io.BufferedReader(new java.io.InputStreamReader(s.getInputStream(),
                java.nio.charset.StandardCharsets.UTF_8));
    }

    /**
     * A launcher's "cancel" interrupts the running request, whose status is then 130 whatever the
     * command returns; a launcher that goes away (killed: its connection closes) cancels it too; the
     * next request runs on an uninterrupted thread.
     */
    @Test
    void aCancelOrAClosedConnectionInterruptsTheRunningRequest() throws Exception {
        start(Duration.ofHours(1), (workdir, out, err, args) -> {
            if (args[1].equals("quick")) {
                ran.add("quick, interrupted: " + Thread.currentThread().isInterrupted());
                return 0;
            }
            out.println("started");
            out.flush();
            try {
                Thread.sleep(60_000);
                ran.add(args[1] + " slept");
            } catch (InterruptedException e) {
                ran.add(args[1] + " interrupted");
            }
            return 5;
        });
        try (java.net.Socket s = send("solve", "first")) {
            java.io.BufferedReader in = reader(s);
            assertEquals("accepted", in.readLine());
            assertEquals("ostarted", in.readLine());
            s.getOutputStream().write("cancel\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            assertEquals("x130", in.readLine());
        }
        try (java.net.Socket s = send("solve", "second")) {
            java.io.BufferedReader in = reader(s);
            assertEquals("accepted", in.readLine());
            assertEquals("ostarted", in.readLine());
        }
        // The closed connection's run ends once its thread has seen the interrupt; until then the server
        // is busy and refuses (that launcher would run the command in a JVM of its own).
        List<String> quick = call("secret", identity, "run", tmp, "solve", "quick");
        for (int i = 0; i < 500 && quick.equals(List.of("refused " + DaemonServer.BUSY)); i++) {
            Thread.sleep(10);
            quick = call("secret", identity, "run", tmp, "solve", "quick");
        }
        assertEquals(List.of("accepted", "x0"), quick);
        assertEquals(List.of("first interrupted", "second interrupted", "quick, interrupted: false"), ran);
        List<String> status = call("secret", identity, "ping", null);
        assertTrue(status.stream().anyMatch(l -> l.contains("3 requests served (2 cancelled)")), status.toString());
    }

    /**
     * The real command line cancelled in the middle of a solve: status 130 and nothing more printed,
     * the previous result in the folder untouched, no staging folder left beside it, and the next
     * request solves as usual.
     */
    @Test
    void aCancelledSolveLeavesThePreviousResult() throws Exception {
        start(Duration.ofHours(1), (workdir, out, err, args) -> CavityCli.run(CavityCli.defaultSolvers(), out, err,
                workdir, args));
        Path tesla = PILLBOX.resolveSibling("tesla-9cell-tuned.json");
        List<String> first = call("secret", identity, "run", tmp, "solve", PILLBOX.toString(), "--out", "res",
                "--no-plots", "--quiet", "--set", "mesh.errorEstimate=false");
        assertEquals("x0", first.get(first.size() - 1), String.join("\n", first));
        String before = Files.readString(tmp.resolve("res/summary.json"));
        List<String> reply = new ArrayList<>();
        try (java.net.Socket s = send("solve", tesla.toString(), "--out", "res")) {
            java.io.BufferedReader in = reader(s);
            assertEquals("accepted", in.readLine());
            // The first progress line (the case was read), then cancel.
            String line = in.readLine();
            assertTrue(line.startsWith("e[") && line.contains(" read "), line);
            s.getOutputStream().write("cancel\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            for (String l = in.readLine(); l != null; l = in.readLine()) {
                reply.add(l);
            }
        }
        assertEquals("x130", reply.get(reply.size() - 1), String.join("\n", reply));
        assertTrue(reply.stream().noneMatch(l -> l.contains("error")), String.join("\n", reply));
        assertEquals(before, Files.readString(tmp.resolve("res/summary.json")));
        try (java.util.stream.Stream<Path> files = Files.list(tmp)) {
            assertEquals(List.of("cavity.jar", "res"), files.map(p -> p.getFileName().toString()).sorted().toList());
        }
        List<String> again = call("secret", identity, "run", tmp, "solve", PILLBOX.toString(), "--out", "res",
                "--no-plots", "--quiet", "--set", "mesh.errorEstimate=false");
        assertEquals("x0", again.get(again.size() - 1), String.join("\n", again));
    }

    /** While the server warms up it refuses runs (their launchers start a JVM of their own), then serves. */
    @Test
    void runsAreRefusedWhileItWarmsUp() throws Exception {
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        start(Duration.ofHours(1), echo());
        server.warmUp(() -> {
            release.await();
            return "done";
        });
        assertEquals(List.of("refused warming up"), call("secret", identity, "run", tmp, "solve", "x.json"));
        assertTrue(call("secret", identity, "ping", null).contains("owarm-up running"));
        release.countDown();
        while (server.warming()) {
            Thread.sleep(10);
        }
        assertEquals("x7", call("secret", identity, "run", tmp, "solve", "x.json").get(4));
        assertTrue(call("secret", identity, "ping", null).contains("owarm-up done"));
    }

    /**
     * One run at a time, and none waits behind another: a run asked for while one runs is refused as
     * busy (its launcher runs the command in a JVM of its own), and the next one after it is served.
     */
    @Test
    void aRunWhileAnotherRunsIsRefusedAsBusy() throws Exception {
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        start(Duration.ofHours(1), (workdir, out, err, args) -> {
            most.accumulateAndGet(running.incrementAndGet(), Math::max);
            ran.add(args[1]);
            try {
                if (args[1].equals("first")) {
                    release.await();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            running.decrementAndGet();
            out.println(args[1]);
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
        assertEquals(List.of("refused " + DaemonServer.BUSY), call("secret", identity, "run", tmp, "solve", "second"));
        assertTrue(call("secret", identity, "ping", null).get(0).equals("accepted"), "a ping is answered meanwhile");
        release.countDown();
        assertEquals(List.of("accepted", "ofirst", "x0"), first.join());
        assertEquals(List.of("accepted", "othird", "x0"), call("secret", identity, "run", tmp, "solve", "third"));
        assertEquals(List.of("first", "third"), ran, "the refused run never ran");
        assertEquals(1, most.get(), "at most one request at a time");
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
