package org.cavityfem.app.cli;

import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * The speed line of {@code sweep} and {@code optimize}: points per second of wall time, and per
 * second of the process's CPU time, which is points per second per busy core and does not depend
 * on what else the machine runs.
 */
final class Throughput {

    private final long wall0;
    private final long cpu0;

    private Throughput(long wall0, long cpu0) {
        this.wall0 = wall0;
        this.cpu0 = cpu0;
    }

    static Throughput start() {
        return new Throughput(System.nanoTime(), cpu());
    }

    /** The line for {@code points} points computed on {@code workers} workers. */
    String report(int points, int workers) {
        double wall = (System.nanoTime() - wall0) * 1e-9;
        double cpu = (cpu() - cpu0) * 1e-9;
        return String.format(Locale.ROOT, "throughput: %d points computed in %.2f s wall, %.2f s CPU: %.3f points/s, "
                + "%.3f points per CPU-second (per busy core), %d worker%s", points, wall, cpu, points / wall,
                cpu > 0 ? points / cpu : Double.NaN, workers, workers == 1 ? "" : "s");
    }

    private static long cpu() {
        java.lang.management.OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
            return sun.getProcessCpuTime();
        }
        return 0;
    }
}
