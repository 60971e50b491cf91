package org.cavityfem.app.daemon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The request lines and the framed reply, as the launcher writes and reads them (Request, Reply). */
class ProtocolTest {

    private static Request read(String text) throws IOException, Request.Malformed {
        return Request.read(new BufferedReader(new StringReader(text)));
    }

    @Test
    void aRequestReadsBackAsWritten() throws Exception {
        Request r = new Request("ab12", "5:1.000000002", "run", Path.of("/home/me/cav ities"),
                List.of("solve", "cases/pillbox.json", "", "--set", "name= x "));
        assertEquals("cavity-daemon 1\ntoken ab12\njar 5:1.000000002\nrun /home/me/cav ities\narg solve\n"
                + "arg cases/pillbox.json\narg \narg --set\narg name= x \nend\n", r.text());
        assertEquals(r, read(r.text()));
        Request ping = new Request("t", "j", "ping", null, List.of());
        assertEquals(ping, read(ping.text()));
    }

    @Test
    void malformedRequestsAreRefused() {
        assertThrows(Request.Malformed.class, () -> read("cavity-daemon 2\ntoken t\njar j\nping\nend\n"));
        assertThrows(Request.Malformed.class, () -> read("cavity-daemon 1\njar j\ntoken t\nping\nend\n"));
        assertThrows(Request.Malformed.class, () -> read("cavity-daemon 1\ntoken t\njar j\nrun rel/dir\nend\n"));
        // Cut short: no 'end' line.
        assertThrows(Request.Malformed.class, () -> read("cavity-daemon 1\ntoken t\njar j\nrun /x\narg solve\n"));
        assertThrows(Request.Malformed.class, () -> read("cavity-daemon 1\ntoken t\njar j\nrun /x\nsolve\nend\n"));
        String huge = "arg " + "x".repeat(Request.MAX_CHARS) + "\n";
        assertThrows(Request.Malformed.class, () -> read("cavity-daemon 1\ntoken t\njar j\nrun /x\n" + huge + "end\n"));
    }

    @Test
    void outputIsFramedLineByLineWithTheUnfinishedLastLineMarked() {
        ByteArrayOutputStream socket = new ByteArrayOutputStream();
        Reply reply = new Reply(socket);
        Reply.Channel out = reply.stdout();
        Reply.Channel err = reply.stderr();
        PrintStream o = new PrintStream(out, false, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, false, StandardCharsets.UTF_8);
        o.print("first\n\nsec");
        e.println("progress 1 µs");
        o.print("ond\nno line break at the end");
        e.print("x3 is not an exit status");
        o.flush();
        e.flush();
        out.close();
        err.close();
        reply.exit(3);
        assertEquals("ofirst\no\neprogress 1 µs\nosecond\nOno line break at the end\nEx3 is not an exit status\nx3\n",
                socket.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aBrokenConnectionDropsOutputWithoutFailingTheRun() {
        Reply reply = new Reply(new java.io.OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("the launcher went away");
            }
        });
        PrintStream o = new PrintStream(reply.stdout(), true, StandardCharsets.UTF_8);
        o.println("lost");
        reply.exit(0);
        assertFalse(o.checkError(), "the run goes on as if printed");
    }
}
