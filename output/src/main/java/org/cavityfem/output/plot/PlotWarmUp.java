package org.cavityfem.output.plot;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Pays the first-use costs of drawing (loading Java2D, the fonts, JFreeChart, the PNG and SVG
 * writers, and compiling their hot paths a little) on a background thread, so that they overlap
 * the mesh and the eigen solve, which run on one core, instead of delaying the plots at the end. It
 * draws one small chart and throws it away: nothing it does reaches a result file.
 */
public final class PlotWarmUp {

    private static final AtomicBoolean STARTED = new AtomicBoolean();

    private PlotWarmUp() {
    }

    /** Starts the warm-up once per process (later calls do nothing); never blocks. */
    public static void start() {
        if (!STARTED.compareAndSet(false, true)) {
            return;
        }
        Thread thread = new Thread(PlotWarmUp::draw, "plot-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    private static void draw() {
        try {
            PlotStyle.headless();
            double[] z = {0, 0.5, 1};
            double[] ez = {0, 1, 0};
            ModeCaption caption = new ModeCaption("warm-up", "TM0-1", 1e9, "stored energy 1 J");
            new PlotChart("warm-up", AxisFieldPlot.chart(caption, z, ez), 160, 120).render();
        } catch (RuntimeException | LinkageError ignored) {
            // Only a head start: the real plots meet and report any problem themselves.
        }
    }
}
