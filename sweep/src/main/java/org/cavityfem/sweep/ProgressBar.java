package org.cavityfem.sweep;

import java.io.PrintStream;
import java.util.Locale;

/**
 * A one-line progress bar on standard error: points done of all, rate and time left, failures,
 * redrawn in place at most every 200 ms. Our own twenty lines rather than a library: the maintained
 * one (me.tongfei:progressbar) brings JLine for the terminal width, a megabyte more in the
 * command-line jar for one line of text.
 */
public final class ProgressBar {

    private static final int WIDTH = 30;
    private static final long REDRAW_NS = 200_000_000L;

    private final PrintStream out;
    private final String label;
    private final int total;
    private final int already;
    private final long start = System.nanoTime();
    private long lastDraw;
    private int done;
    private int failed;

    /**
     * @param out where to draw, null for no bar
     * @param label what is counted, e.g. {@code sweep}
     * @param total points in all
     * @param already points finished before this run (a resumed study): not counted in the rate
     */
    public ProgressBar(PrintStream out, String label, int total, int already) {
        this.out = out;
        this.label = label;
        this.total = total;
        this.already = already;
        this.done = already;
    }

    /** One more point finished. */
    public synchronized void step(boolean ok) {
        done++;
        if (!ok) {
            failed++;
        }
        long now = System.nanoTime();
        if (now - lastDraw > REDRAW_NS || done == total) {
            lastDraw = now;
            draw(now);
        }
    }

    /** Ends the line. */
    public synchronized void finish() {
        if (out != null) {
            draw(System.nanoTime());
            out.println();
        }
    }

    private void draw(long now) {
        if (out == null) {
            return;
        }
        double seconds = (now - start) * 1e-9;
        double rate = (done - already) / Math.max(seconds, 1e-9);
        int filled = total == 0 ? WIDTH : (int) ((long) WIDTH * done / total);
        String eta = rate > 0 ? clock((total - done) / rate) : "--:--";
        out.printf(Locale.ROOT, "\r%s [%s%s] %d/%d %3.0f%% %.2f points/s, %s left, %s elapsed%s", label,
                "#".repeat(filled), "-".repeat(WIDTH - filled), done, total, total == 0 ? 100.0 : 100.0 * done / total,
                rate, eta, clock(seconds), failed > 0 ? ", " + failed + " failed" : "");
        out.flush();
    }

    private static String clock(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
