package org.cavityfem.app.daemon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ProcSelfStatTest {

    /**
     * A line laid out as proc(5) gives it, with a command name holding a space and a parenthesis:
     * the fields are counted from the name's last closing parenthesis.
     */
    @Test
    void countsTheFieldsFromAfterTheCommandName() {
        StringBuilder line = new StringBuilder("4242 (odd) name) S 1 4240 4240 0 -1 4194560");
        // Fields 10 to 17: minflt cminflt majflt cmajflt utime stime cutime cstime.
        line.append(" 11 12 13 14 250 30 1234 66");
        for (int n = 18; n <= 52; n++) {
            line.append(' ').append(n);
        }
        ProcSelfStat stat = ProcSelfStat.of(line.append('\n').toString());
        assertEquals(4240, stat.session());
        assertEquals(250, stat.field(14));
        assertEquals(13.0, stat.childrenCpuSeconds(), 1e-12);
        assertEquals(52, stat.field(52));
    }

    /**
     * The CPU a child burnt shows in the children's time once it has been waited for: at least what
     * the child's own /proc line gave just before it ended (that line's utime + stime, fields 14 and
     * 15; what it used after, and the cat that read it, can only add).
     */
    @Test
    void countsAWaitedChildsCpu() throws Exception {
        assumeTrue(Files.isReadable(Path.of("/proc/self/stat")), "no /proc/self/stat on this system");
        double before = ProcSelfStat.read().childrenCpuSeconds();
        Process child = new ProcessBuilder("sh", "-c",
                "i=0; while [ $i -lt 300000 ]; do i=$((i+1)); done; cat /proc/$$/stat").start();
        String own = new String(child.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(0, child.waitFor());
        double used = ProcSelfStat.read().childrenCpuSeconds() - before;
        ProcSelfStat childStat = ProcSelfStat.of(own);
        double childOwn = (childStat.field(14) + childStat.field(15)) / ProcSelfStat.CLOCK_TICKS;
        assertTrue(childOwn > 0, "the loop should take a measurable CPU time: " + own);
        assertTrue(used >= childOwn, "children's CPU " + used + " s, the child's own " + childOwn + " s");
    }
}
