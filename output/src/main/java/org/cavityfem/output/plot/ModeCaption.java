package org.cavityfem.output.plot;

import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.title.TextTitle;

/**
 * What a mode plot says about its mode: the case, the mode label, the frequency and how the fields
 * are normalised.
 *
 * @param caseName the case name
 * @param modeLabel the mode label, e.g. {@code TM010-pi}
 * @param frequency the mode frequency (Hz)
 * @param normalisation how the plotted fields are scaled, e.g. {@code "stored energy 1 J"}
 */
public record ModeCaption(String caseName, String modeLabel, double frequency, String normalisation) {

    /** Title of a plot showing {@code what}, e.g. "pillbox TM010, 997.761 MHz: E_z on the axis". */
    String title(String what) {
        return String.format(Locale.ROOT, "%s %s, %.6g MHz: %s", caseName, modeLabel,
                frequency * PlotUnits.MHZ_PER_HZ, what);
    }

    /** Adds the title and the normalisation subtitle to {@code chart}. */
    void applyTo(JFreeChart chart, String what) {
        chart.setTitle(new TextTitle(title(what), PlotStyle.titleFont()));
        TextTitle sub = new TextTitle("fields for " + normalisation, PlotStyle.subtitleFont());
        chart.addSubtitle(0, sub);
    }
}
