package org.cavityfem.app.daemon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The Java side of the launcher's conversation with a server, for {@code cavity daemon stop} and
 * {@code status} (and the tests): sends a request and collects the reply's lines.
 */
final class DaemonClient {

    private DaemonClient() {
    }

    /**
     * Sends {@code request} to the server on {@code port} of 127.0.0.1 and reads the whole reply.
     *
     * @param timeoutMs how long to wait for the connection and for each read
     * @return the reply's lines, the first {@code accepted} or {@code refused ...}
     * @throws IOException when there is no server or it does not answer
     */
    static List<String> call(int port, Request request, int timeoutMs) throws IOException {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), timeoutMs);
            s.setSoTimeout(timeoutMs);
            OutputStream out = s.getOutputStream();
            out.write(request.text().getBytes(StandardCharsets.UTF_8));
            out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
            List<String> lines = new ArrayList<>();
            for (String l = in.readLine(); l != null; l = in.readLine()) {
                lines.add(l);
            }
            return lines;
        }
    }

    /** A ping or stop request for the server described by {@code state}. */
    static Request control(DaemonState state, String verb) {
        return new Request(state.token(), state.identity(), verb, null, List.of());
    }
}
