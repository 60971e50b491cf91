package org.cavityfem.output.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.RenderingHints;
import java.awt.Stroke;
import java.text.NumberFormat;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleInsets;

/**
 * The look shared by every plot: fonts large enough to read in a report, a white plot area with a
 * light grid, and the Okabe–Ito colour-blind-safe palette for series.
 *
 * <p>Plots are drawn into images and SVG documents, never onto a screen: {@link #headless()} makes
 * them work on servers without a display.
 */
final class PlotStyle {

    static {
        headless();
    }

    /** Okabe & Ito, "Color Universal Design" (2008): blue, vermillion, bluish green, reddish purple, orange, sky blue. */
    static final Color[] SERIES = {
        new Color(0x0072B2), new Color(0xD55E00), new Color(0x009E73),
        new Color(0xCC79A7), new Color(0xE69F00), new Color(0x56B4E9)
    };

    static final Color GRID = new Color(0xDDDDDD);
    static final Stroke LINE = new BasicStroke(2.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    static final Stroke THIN = new BasicStroke(1.2f);

    private static final String FAMILY = Font.SANS_SERIF;
    private static final StandardChartTheme THEME = theme();

    private PlotStyle() {
    }

    private static StandardChartTheme theme() {
        StandardChartTheme t = (StandardChartTheme) StandardChartTheme.createJFreeTheme();
        t.setExtraLargeFont(new Font(FAMILY, Font.BOLD, 20));
        t.setLargeFont(new Font(FAMILY, Font.PLAIN, 17));
        t.setRegularFont(new Font(FAMILY, Font.PLAIN, 15));
        t.setSmallFont(new Font(FAMILY, Font.PLAIN, 13));
        t.setChartBackgroundPaint(Color.WHITE);
        t.setPlotBackgroundPaint(Color.WHITE);
        t.setDomainGridlinePaint(GRID);
        t.setRangeGridlinePaint(GRID);
        t.setPlotOutlinePaint(Color.GRAY);
        t.setLegendBackgroundPaint(Color.WHITE);
        t.setAxisOffset(RectangleInsets.ZERO_INSETS);
        return t;
    }

    /** A chart around {@code plot} with the project's look; a legend only when asked for. */
    static JFreeChart chart(String title, XYPlot plot, boolean legend) {
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, legend);
        THEME.apply(chart);
        if (title != null) {
            chart.setTitle(new TextTitle(title, titleFont()));
        }
        chart.setPadding(new RectangleInsets(8, 8, 8, 16));
        chart.getRenderingHints().put(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        chart.getRenderingHints().put(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        chart.getRenderingHints().put(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        plot.setDomainGridlineStroke(THIN);
        plot.setRangeGridlineStroke(THIN);
        for (int i = 0; i < plot.getDomainAxisCount(); i++) {
            plainNumbers(plot.getDomainAxis(i));
        }
        for (int i = 0; i < plot.getRangeAxisCount(); i++) {
            plainNumbers(plot.getRangeAxis(i));
        }
        return chart;
    }

    /**
     * Switches AWT to headless mode unless the JVM was told otherwise. AWT decides once, when it
     * first needs a graphics environment (JFreeChart's axes and fonts get there), so every public
     * entry point of this package calls this before it touches a chart class: with a DISPLAY set but
     * no X server, AWT would otherwise fail.
     */
    static void headless() {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    /** Font of chart titles. */
    static Font titleFont() {
        return new Font(FAMILY, Font.BOLD, 19);
    }

    /** Font of the line under the title. */
    static Font subtitleFont() {
        return new Font(FAMILY, Font.PLAIN, 15);
    }

    /** Tick labels without thousands separators ("1300", not "1,300"); log axes keep their powers of ten. */
    static void plainNumbers(ValueAxis axis) {
        if (axis instanceof NumberAxis number) {
            NumberFormat format = NumberFormat.getNumberInstance(Locale.ROOT);
            format.setGroupingUsed(false);
            format.setMaximumFractionDigits(6);
            number.setNumberFormatOverride(format);
        }
    }

    /** Series colour number {@code i}, cycling through the palette. */
    static Color series(int i) {
        return SERIES[i % SERIES.length];
    }
}
