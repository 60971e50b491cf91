package org.cavityfem.app.daemon;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One request to the server, as the launcher sends it: lines of text, the first naming the
 * protocol, then the token, the identity of the jar the launcher would run, what to do, and
 * {@code end}:
 *
 * <pre>
 * cavity-daemon 1
 * token 3f9c...
 * jar 5218845:1796529178.482223859
 * run /home/me/cavities          (the working directory; or: ping, stop)
 * arg solve                      (one line per argument, in order)
 * arg cases/pillbox.json
 * end
 * </pre>
 *
 * An argument holding a line break cannot be sent; the launcher then starts a JVM of its own.
 * Standard input is never sent: the commands served do not read it.
 *
 * @param token the secret of the state file
 * @param jar the identity of the jar the launcher would run ({@link JarIdentity})
 * @param verb {@code run}, {@code ping} or {@code stop}
 * @param workdir the working directory of a {@code run}; null otherwise
 * @param args the command line of a {@code run}; empty otherwise
 */
record Request(String token, String jar, String verb, Path workdir, List<String> args) {

    /** The first line of every request. */
    static final String HELLO = "cavity-daemon 1";
    /** Longest request read, in characters (a command line is far shorter). */
    static final int MAX_CHARS = 1 << 20;

    /** A request that does not follow the protocol. */
    static final class Malformed extends Exception {
        Malformed(String message) {
            super(message);
        }
    }

    /** The request's lines, as the launcher writes them. */
    String text() {
        StringBuilder b = new StringBuilder(HELLO).append('\n');
        b.append("token ").append(token).append('\n').append("jar ").append(jar).append('\n');
        b.append(verb.equals("run") ? "run " + workdir : verb).append('\n');
        args.forEach(a -> b.append("arg ").append(a).append('\n'));
        return b.append("end\n").toString();
    }

    /**
     * Reads one request.
     *
     * @throws Malformed when the lines do not follow the protocol
     * @throws IOException when the connection fails or times out
     */
    static Request read(BufferedReader in) throws IOException, Malformed {
        int[] budget = {MAX_CHARS};
        if (!HELLO.equals(line(in, budget))) {
            throw new Malformed("not a cavity-daemon 1 request");
        }
        String token = field(line(in, budget), "token ");
        String jar = field(line(in, budget), "jar ");
        String what = line(in, budget);
        String verb;
        Path workdir = null;
        if (what.equals("ping") || what.equals("stop")) {
            verb = what;
        } else {
            verb = "run";
            workdir = Path.of(field(what, "run "));
            if (!workdir.isAbsolute()) {
                throw new Malformed("the working directory is not absolute: " + workdir);
            }
        }
        List<String> args = new ArrayList<>();
        for (String l = line(in, budget); !l.equals("end"); l = line(in, budget)) {
            args.add(field(l, "arg "));
        }
        return new Request(token, jar, verb, workdir, List.copyOf(args));
    }

    private static String line(BufferedReader in, int[] budget) throws IOException, Malformed {
        String l = in.readLine();
        if (l == null) {
            throw new Malformed("the request ends before its 'end' line");
        }
        budget[0] -= l.length() + 1;
        if (budget[0] < 0) {
            throw new Malformed("the request is longer than " + MAX_CHARS + " characters");
        }
        return l;
    }

    private static String field(String line, String key) throws Malformed {
        if (!line.startsWith(key)) {
            throw new Malformed("expected '" + key.trim() + " ...', got '" + line + "'");
        }
        return line.substring(key.length());
    }
}
