package org.cavityfem.app.daemon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

/**
 * The warm server: listens on the loopback interface, checks each request's token and jar identity,
 * and runs the requests one after the other on one thread (the program's standard streams are
 * process-wide, and one request already uses both cores). Connections that arrive meanwhile are
 * accepted and wait their turn. It stops when asked, after {@code idle} without a request, when
 * its jar changes on disk (a rebuild) and when {@code stillCurrent} says it was replaced.
 *
 * <p>A running request is cancelled when its launcher sends anything after the request (the
 * launcher sends {@code cancel} on Ctrl-C) or closes the connection (it was killed): the request's
 * thread is interrupted, the commands stop at their next check ({@code CancellationException}),
 * and the reply ends with the status of an interrupted process, 130.
 */
public final class DaemonServer implements AutoCloseable {

    /** Runs one command line as {@code cavity} would, in {@code workdir}, and gives its exit status. */
    @FunctionalInterface
    public interface Runner {
        int run(Path workdir, PrintStream out, PrintStream err, String... args);
    }

    /** Work run before the first request, on the request thread; gives what it did, for the status. */
    @FunctionalInterface
    public interface WarmUp {
        String run() throws Exception;
    }

    /** The exit status of a cancelled request, as of a process stopped by Ctrl-C (128 + SIGINT). */
    public static final int CANCELLED = 130;

    /** How long a connection may take to send its request (it is a few short lines). */
    private static final int REQUEST_TIMEOUT_MS = 5_000;

    /** The refusal of a run while another runs; the launcher then runs the command in a JVM of its own. */
    public static final String BUSY = "busy with another run";

    private final ServerSocket socket;
    private final Path jar;
    private final String identity;
    private final byte[] token;
    private final Duration idle;
    private final Runner runner;
    private final BooleanSupplier stillCurrent;
    private final Charset charset;
    private final ExecutorService requests = Executors.newSingleThreadExecutor(r -> thread(r, "cavity-request"));
    private final ScheduledExecutorService watch =
            Executors.newSingleThreadScheduledExecutor(r -> thread(r, "cavity-daemon-watch"));
    /** Runs accepted and not yet finished: 0 or 1. */
    private final AtomicInteger waiting = new AtomicInteger();
    private final AtomicLong served = new AtomicLong();
    private final AtomicLong cancelled = new AtomicLong();
    private volatile boolean warming;
    private volatile String warmedUp = "none";
    private final long startNanos = System.nanoTime();
    private volatile long lastNanos = System.nanoTime();
    private volatile String stopReason;
    private final CountDownLatch stopped = new CountDownLatch(1);

    /**
     * Listens on an ephemeral port of 127.0.0.1.
     *
     * @param jar the jar whose build this server runs; watched for changes
     * @param identity its identity when loaded ({@link JarIdentity}); requests must name the same
     * @param token the secret requests must carry
     * @param idle how long the server waits for a request before it stops
     * @param runner runs a request's command line
     * @param stillCurrent false once another server has taken this one's place (its state file)
     */
    public DaemonServer(Path jar, String identity, String token, Duration idle, Runner runner,
            BooleanSupplier stillCurrent) throws IOException {
        this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.jar = jar;
        this.identity = identity;
        this.token = token.getBytes(StandardCharsets.US_ASCII);
        this.idle = idle;
        this.runner = runner;
        this.stillCurrent = stillCurrent;
        // The text a request prints is encoded as this JVM's own standard output would encode it.
        this.charset = Charset.forName(System.getProperty("stdout.encoding",
                System.getProperty("sun.stdout.encoding", Charset.defaultCharset().name())));
    }

    /** The port it listens on. */
    public int port() {
        return socket.getLocalPort();
    }

    /** Starts accepting requests and watching for the reasons to stop; returns at once. */
    public void start() {
        thread(this::accept, "cavity-daemon-accept").start();
        long every = Math.max(100, Math.min(2_000, idle.toMillis() / 4));
        watch.scheduleWithFixedDelay(this::check, every, every, TimeUnit.MILLISECONDS);
    }

    /**
     * Runs {@code warmUp} on the request thread before any request; runs that arrive meanwhile are
     * refused ("warming up"), so that their launchers start a JVM of their own instead of waiting.
     */
    public void warmUp(WarmUp warmUp) {
        warming = true;
        warmedUp = "running";
        requests.execute(() -> {
            long t0 = System.nanoTime();
            try {
                warmedUp = warmUp.run();
            } catch (Exception | Error e) {
                warmedUp = "failed: " + e;
            } finally {
                Thread.interrupted();
                warming = false;
                lastNanos = System.nanoTime();
            }
            System.out.printf(Locale.ROOT, "%s cavity daemon: warm-up: %s (%.1f s)%n", java.time.Instant.now(),
                    warmedUp, (System.nanoTime() - t0) * 1e-9);
        });
    }

    /** True while the warm-up runs. */
    public boolean warming() {
        return warming;
    }

    /** Waits until the server has stopped and gives the reason. */
    public String awaitStop() throws InterruptedException {
        stopped.await();
        return stopReason;
    }

    /** Stops accepting, lets the requests already accepted finish, and stops. */
    public void stop(String reason) {
        synchronized (this) {
            if (stopReason != null) {
                return;
            }
            stopReason = reason;
        }
        try {
            socket.close();
        } catch (IOException ignored) {
            // Closing only ends the accept loop.
        }
        watch.shutdownNow();
        requests.shutdown();
        thread(() -> {
            try {
                requests.awaitTermination(Long.MAX_VALUE, TimeUnit.DAYS);
            } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
            }
            stopped.countDown();
        }, "cavity-daemon-stop").start();
    }

    @Override
    public void close() {
        stop("closed");
    }

    private void check() {
        if (!JarIdentity.orGone(jar).equals(identity)) {
            stop("the jar changed (a new build): " + jar);
        } else if (!stillCurrent.getAsBoolean()) {
            stop("its state file was removed or names another server");
        } else if (waiting.get() == 0 && System.nanoTime() - lastNanos > idle.toNanos()) {
            stop("idle for " + (idle.toMinutes() >= 1 ? idle.toMinutes() + " min" : idle.toMillis() + " ms"));
        }
    }

    private void accept() {
        while (!socket.isClosed()) {
            Socket connection;
            try {
                connection = socket.accept();
            } catch (IOException e) {
                continue; // closed by stop(), or a failed connection: the loop's test decides
            }
            try {
                answer(connection);
            } catch (IOException | RuntimeException e) {
                closeQuietly(connection);
            }
        }
    }

    /** Reads and checks a request; answers a refusal, a ping or a stop at once and queues a run. */
    private void answer(Socket connection) throws IOException {
        connection.setSoTimeout(REQUEST_TIMEOUT_MS);
        Reply reply = new Reply(connection.getOutputStream());
        Request request;
        try {
            request = Request.read(new BufferedReader(
                    new InputStreamReader(connection.getInputStream(), StandardCharsets.UTF_8)));
        } catch (Request.Malformed e) {
            refuse(connection, reply, e.getMessage());
            return;
        } catch (SocketTimeoutException e) {
            refuse(connection, reply, "no request within " + REQUEST_TIMEOUT_MS + " ms");
            return;
        }
        String problem = problem(request);
        if (problem != null) {
            refuse(connection, reply, problem);
            return;
        }
        lastNanos = System.nanoTime();
        switch (request.verb()) {
            case "ping" -> {
                reply.accept();
                PrintStream out = new PrintStream(reply.stdout(), true, StandardCharsets.UTF_8);
                status().forEach(out::println);
                reply.exit(0);
                connection.close();
            }
            case "stop" -> {
                reply.accept();
                reply.exit(0);
                connection.close();
                stop("asked to stop");
            }
            default -> {
                // One run at a time, and none waits behind another: a launcher refused while a run is
                // going starts a JVM of its own at once, as it does without a server.
                if (!waiting.compareAndSet(0, 1)) {
                    refuse(connection, reply, BUSY);
                    return;
                }
                reply.accept();
                requests.execute(() -> run(connection, reply, request));
            }
        }
    }

    /** Why a request is refused, or null when it may run. */
    private String problem(Request request) {
        // Compared in constant time, so the time to refuse says nothing about the token.
        if (!MessageDigest.isEqual(token, request.token().getBytes(StandardCharsets.US_ASCII))) {
            return "wrong token";
        }
        if (stopReason != null) {
            return "stopping";
        }
        // The jar on disk first: a request for a new build finds a server of the old one stopping.
        if (!JarIdentity.orGone(jar).equals(identity)) {
            stop("the jar changed (a new build): " + jar);
            return "the jar changed since this server started";
        }
        if (!request.jar().equals(identity)) {
            return "this server runs another build of the jar (" + identity + ", asked for " + request.jar() + ")";
        }
        if (request.verb().equals("run")) {
            String notServed = ServedCommands.whyNot(request.args());
            if (notServed != null) {
                return notServed;
            }
            if (!Files.isDirectory(request.workdir())) {
                return "no such directory: " + request.workdir();
            }
            if (warming) {
                return "warming up";
            }
        }
        return null;
    }

    /** Runs one request on the request thread, with the process's standard streams its own meanwhile. */
    private void run(Socket connection, Reply reply, Request request) {
        if (launcherGone(connection)) {
            // The launcher went away (killed) between the acceptance and the start: nobody to run it for.
            closeQuietly(connection);
            waiting.decrementAndGet();
            return;
        }
        PrintStream systemOut = System.out;
        PrintStream systemErr = System.err;
        Reply.Channel outChannel = reply.stdout();
        Reply.Channel errChannel = reply.stderr();
        PrintStream out = new PrintStream(outChannel, false, charset);
        PrintStream err = new PrintStream(errChannel, false, charset);
        int status;
        Cancel cancel = new Cancel(connection, Thread.currentThread());
        try {
            System.setOut(out);
            System.setErr(err);
            cancel.watch();
            status = runner.run(request.workdir(), out, err, request.args().toArray(String[]::new));
        } catch (RuntimeException | Error e) {
            // The command line maps every failure to a status itself; anything that escapes is a bug.
            err.println("internal error: " + e);
            status = 1;
        } finally {
            // After this no interrupt reaches the thread, and one that came is cleared for the next request.
            if (cancel.finish()) {
                status = CANCELLED;
                cancelled.incrementAndGet();
            }
            System.setOut(systemOut);
            System.setErr(systemErr);
        }
        out.flush();
        err.flush();
        outChannel.close();
        errChannel.close();
        // Free before the exit status goes out: a launcher that runs the next command as soon as this
        // one has ended must find the server free, not busy.
        served.incrementAndGet();
        lastNanos = System.nanoTime();
        waiting.decrementAndGet();
        reply.exit(status);
        closeQuietly(connection);
    }

    /**
     * Watches a running request's connection: the launcher sends nothing after its request unless
     * it wants the run cancelled, and a launcher that was killed closes it. Either interrupts the
     * request's thread, but only while the request runs.
     */
    private static final class Cancel {
        private final Socket connection;
        private final Thread worker;
        private boolean running = true;
        private boolean cancelled;

        Cancel(Socket connection, Thread worker) {
            this.connection = connection;
            this.worker = worker;
        }

        void watch() {
            thread(() -> {
                try {
                    connection.setSoTimeout(0);
                    connection.getInputStream().read();
                } catch (IOException e) {
                    // A reset connection is a launcher gone, like its end of file.
                }
                synchronized (this) {
                    if (running) {
                        cancelled = true;
                        worker.interrupt();
                    }
                }
            }, "cavity-request-cancel").start();
        }

        /** Ends the watch; true when the request was cancelled. */
        boolean finish() {
            synchronized (this) {
                running = false;
            }
            Thread.interrupted();
            return cancelled;
        }
    }

    /** True when the launcher has closed the connection (it sends nothing after its request). */
    private static boolean launcherGone(Socket connection) {
        try {
            connection.setSoTimeout(1);
            return connection.getInputStream().read() < 0;
        } catch (SocketTimeoutException stillThere) {
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    private void refuse(Socket connection, Reply reply, String reason) {
        try {
            reply.refuse(reason);
        } catch (IOException ignored) {
            // The launcher falls back to a JVM of its own either way.
        }
        closeQuietly(connection);
    }

    /** What {@code cavity daemon status} prints. */
    private List<String> status() {
        Runtime rt = Runtime.getRuntime();
        return List.of(
                "pid " + ProcessHandle.current().pid(),
                "port " + port(),
                "jar " + jar + " (" + identity + ")",
                "java " + Runtime.version() + " (" + System.getProperty("java.home") + ")",
                String.format(Locale.ROOT, "up %.1f min, %d requests served (%d cancelled), idle timeout %d min",
                        (System.nanoTime() - startNanos) / 6e10, served.get(), cancelled.get(), idle.toMinutes()),
                "warm-up " + warmedUp,
                String.format(Locale.ROOT, "heap %.0f MiB used of %.0f MiB committed, at most %.0f MiB",
                        (rt.totalMemory() - rt.freeMemory()) / 1048576.0, rt.totalMemory() / 1048576.0,
                        rt.maxMemory() / 1048576.0),
                "resident memory " + ResidentMemory.describe(),
                "uptime of the JVM " + ManagementFactory.getRuntimeMXBean().getUptime() / 1000 + " s");
    }

    private static Thread thread(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException ignored) {
            // Nothing more to say on this connection.
        }
    }
}
