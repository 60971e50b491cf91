package org.cavityfem.casefile;

/**
 * A place in a text file.
 *
 * @param line 1-based line, 0 when unknown
 * @param column 1-based column, 0 when unknown
 */
public record SourceLocation(int line, int column) {

    /** No known place. */
    public static final SourceLocation UNKNOWN = new SourceLocation(0, 0);

    /** True when the line is known. */
    public boolean isKnown() {
        return line > 0;
    }

    @Override
    public String toString() {
        return isKnown() ? line + ":" + column : "?";
    }
}
