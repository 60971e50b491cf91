package org.cavityfem.app.daemon;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * This process's line of Linux's /proc/self/stat (proc(5)), read once: the fields after the command
 * name, which is in parentheses and may hold spaces, so they are counted from its closing one.
 */
public final class ProcSelfStat {

    /** Clock ticks a second of its CPU times (USER_HZ, 100 on Linux's usual builds). */
    public static final double CLOCK_TICKS = 100;

    private final String[] fields;

    private ProcSelfStat(String[] fields) {
        this.fields = fields;
    }

    /**
     * Reads the line.
     *
     * @throws IOException where there is no such file (another system)
     */
    public static ProcSelfStat read() throws IOException {
        return of(Files.readString(Path.of("/proc/self/stat")));
    }

    /** A stat line as /proc/<pid>/stat gives it. */
    static ProcSelfStat of(String line) {
        return new ProcSelfStat(line.substring(line.lastIndexOf(')') + 2).trim().split("\\s+"));
    }

    /** Field {@code n} as numbered in proc(5) (1 = pid, 2 = command, 3 = state, ...), as a number. */
    public long field(int n) {
        if (n < 3) {
            throw new IllegalArgumentException("fields 1 and 2 are not numbers after the command: " + n);
        }
        return Long.parseLong(fields[n - 3]);
    }

    /** The session id (field 6). */
    public long session() {
        return field(6);
    }

    /**
     * The user + system CPU time of the children that have ended and been waited for (cutime and
     * cstime, fields 16 and 17), in s: each child's own and that of the children it waited for.
     */
    public double childrenCpuSeconds() {
        return (field(16) + field(17)) / CLOCK_TICKS;
    }
}
