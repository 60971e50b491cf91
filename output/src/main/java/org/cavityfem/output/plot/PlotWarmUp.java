package org.cavityfem.output.plot;

import java.util.concurrent.atomic.AtomicBoolean;
import org.cavityfem.mesh.build.Pillbox;

/**
 * Pays the first-use costs of drawing (loading Java2D, the fonts, JFreeChart, the PNG and SVG
 * writers, and compiling their hot paths a little) on a background thread, so that they overlap
 * the mesh and the eigen solve, which run on one core, instead of delaying the plots at the end. It
 * draws a small chart of each kind a mode has and throws them away: nothing it does reaches a
 * result file.
 */
public final class PlotWarmUp {

    private static final AtomicBoolean STARTED = new AtomicBoolean();

    /** Set when the plots of a result are being drawn: the warm-up draws no further chart. */
    private static final AtomicBoolean PLOTTING = new AtomicBoolean();

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

    /**
     * Says that the plots of a result are being drawn: a warm-up still running leaves out the charts
     * it has not begun, which would only compete with them for the cores (on a small case the solve
     * can end before the warm-up does).
     */
    public static void plotsBegin() {
        PLOTTING.set(true);
    }

    private static void draw() {
        try {
            PlotStyle.headless();
            ModeCaption caption = new ModeCaption("w", "TM0", 1e9, "1 J");
            int n = 200;
            double[] s = new double[n];
            double[] r = new double[n];
            double[] h = new double[n];
            double[] e = new double[n];
            for (int i = 0; i < n; i++) {
                s[i] = i * 1e-4;
                r[i] = 0.01;
                h[i] = Math.sin(i * 0.05);
                e[i] = Math.cos(i * 0.05);
            }
            // One chart of each kind a mode has, each large enough for its plot area to be drawn: at
            // 160 × 120 px the titles took all the room, and the curves' antialiased rasteriser, the
            // rotated axis labels (text layout, and the SVG's transforms), the clip areas, the legends
            // and the colour map's image and scale still loaded and ran for the first time in the
            // real plots.
            // Once the real plots have begun, they load and compile what they need themselves.
            if (!PLOTTING.get()) {
                new PlotChart("w", AxisFieldPlot.chart(caption, s, h), WIDTH, HEIGHT).render();
            }
            if (!PLOTTING.get()) {
                new PlotChart("w", WallFieldPlot.chart(caption, WallCurve.ofSamples(s, s, r, h, e)), WIDTH, HEIGHT)
                        .render();
            }
            if (!PLOTTING.get()) {
                FieldMapPlot map = new FieldMapPlot(caption, Pillbox.closed(0.01, 0.01).contour(), "|E| (MV/m)", false);
                new PlotChart("w", map.chart(map.sample((z, rr) -> rr), 1), WIDTH, HEIGHT).render();
            }
        } catch (RuntimeException | LinkageError ignored) {
            // Only a head start: the real plots meet and report any problem themselves.
        }
    }

    /** Size of the charts drawn (px): room for the plot area beside the titles and axes, and small. */
    private static final int WIDTH = 420;
    private static final int HEIGHT = 320;
}
