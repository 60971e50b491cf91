package org.cavityfem.app.daemon;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The server's side of the reply: every line starts with one byte saying what it is, so that bash
 * can relay it with {@code read} and {@code case} alone.
 *
 * <pre>
 * accepted            the request will run (or: refused REASON, and the launcher starts a JVM itself)
 * oLINE               a line of standard output (the launcher prints LINE and a line break)
 * eLINE               a line of standard error
 * OTEXT, ETEXT        the last text of standard output or error when it does not end in a line break
 * xN                  the exit status N; the last line
 * </pre>
 *
 * Output is sent a whole line at a time, as soon as its line break is written, so progress lines
 * reach the terminal as the run makes them. Bytes are relayed as written (in the encoding the
 * server's own standard output has); a NUL byte, which bash cannot hold, never occurs in the
 * program's text output.
 */
final class Reply {

    private final OutputStream socket;
    private boolean broken;

    /** @param socket the connection's output */
    Reply(OutputStream socket) {
        this.socket = socket;
    }

    /** The first line of the reply to a request that will run. */
    synchronized void accept() throws IOException {
        socket.write("accepted\n".getBytes(StandardCharsets.US_ASCII));
        socket.flush();
    }

    /** The only line of the reply to a request that will not run. */
    synchronized void refuse(String reason) throws IOException {
        socket.write(("refused " + reason.replace('\n', ' ') + "\n").getBytes(StandardCharsets.UTF_8));
        socket.flush();
    }

    /** The last line: the exit status. */
    synchronized void exit(int status) {
        byte[] line = ("x" + status).getBytes(StandardCharsets.US_ASCII);
        frame(line, 0, line.length, true);
    }

    /** Standard output of the request ({@code o}/{@code O} lines). */
    Channel stdout() {
        return new Channel('o');
    }

    /** Standard error of the request ({@code e}/{@code E} lines). */
    Channel stderr() {
        return new Channel('e');
    }

    /**
     * Writes one framed line. A launcher that went away (its user pressed Ctrl-C) does not stop the
     * run: what it would have printed is dropped and the run finishes, writing its result folder.
     */
    private synchronized void frame(byte[] bytes, int from, int to, boolean whole) {
        if (broken) {
            return;
        }
        try {
            socket.write(bytes, from, to - from);
            if (whole) {
                socket.write('\n');
            }
            socket.flush();
        } catch (IOException e) {
            broken = true;
        }
    }

    /** One output stream of the request, cut into framed lines. */
    final class Channel extends OutputStream {

        private final char tag;
        private byte[] line = new byte[256];
        private int length = 1;

        private Channel(char tag) {
            this.tag = tag;
            line[0] = (byte) tag;
        }

        @Override
        public synchronized void write(int b) {
            if (b == '\n') {
                frame(line, 0, length, true);
                length = 1;
                return;
            }
            if (length == line.length) {
                line = java.util.Arrays.copyOf(line, 2 * length);
            }
            line[length++] = (byte) b;
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            for (int i = off; i < off + len; i++) {
                write(b[i]);
            }
        }

        /** Sends text written after the last line break, marked as having none. */
        @Override
        public synchronized void close() {
            if (length > 1) {
                line[0] = (byte) Character.toUpperCase(tag);
                frame(line, 0, length, true);
                line[0] = (byte) tag;
                length = 1;
            }
        }
    }
}
