package org.cavityfem.analysis.quantity;

import java.util.Locale;

/**
 * How a quantity appears in the results table printed on standard output: right-aligned in a
 * column of fixed width under a heading of one or two lines.
 *
 * @param width column width (characters)
 * @param conversion the {@link java.util.Formatter} conversion after the width, e.g. {@code ".5g"}
 * @param title first heading line, e.g. {@code "R/Q (Ohm)"}
 * @param subtitle second heading line, e.g. {@code "linac"}; empty for none
 * @param scale factor from the SI value to the printed one, e.g. 1e-6 for MHz
 */
public record ConsoleColumn(int width, String conversion, String title, String subtitle, double scale) {

    /** A column of the SI value. */
    public ConsoleColumn(int width, String conversion, String title, String subtitle) {
        this(width, conversion, title, subtitle, 1);
    }

    /** The heading text of this column, a space first: {@code line} 0 is the title, 1 the subtitle. */
    public String heading(int line) {
        return String.format(Locale.ROOT, " %" + width + "s", line == 0 ? title : subtitle);
    }

    /** The cell of a text value, right-aligned, a space first. */
    public String cell(String text) {
        return String.format(Locale.ROOT, " %" + width + "s", text == null ? "" : text);
    }

    /** The cell text of a value, a space first. */
    public String cell(double value) {
        return String.format(Locale.ROOT, " %" + width + conversion, scale == 1 ? value : value * scale);
    }
}
