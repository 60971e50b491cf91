package org.cavityfem.casefile;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The {@code output} section of a case: how the result files are written.
 *
 * @param paraviewEncoding {@code binary} (appended raw, the default) or {@code ascii} ParaView files
 * @param revolvedSteps angular steps of the revolved 3D wall view under paraview/; 0 for none
 * @param plots whether the result folder gets plots/ (PNG and SVG plots of every mode)
 * @param fieldMaps the field maps for beam-dynamics codes written under fieldmaps/, none by default
 */
public record OutputSpec(Encoding paraviewEncoding, int revolvedSteps, boolean plots, List<FieldMapSpec> fieldMaps) {

    /**
     * How the data arrays of the ParaView files are stored; the result writers map it onto their
     * own setting.
     */
    public enum Encoding {

        /** Raw bytes appended after the XML: compact and fast, the default. */
        BINARY,

        /** Decimal text, readable by eye. */
        ASCII;

        /** The case-file and command-line word for this encoding. */
        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public OutputSpec {
        Objects.requireNonNull(paraviewEncoding, "paraviewEncoding");
        fieldMaps = List.copyOf(fieldMaps);
    }

    /** Output settings without field maps. */
    public OutputSpec(Encoding paraviewEncoding, int revolvedSteps, boolean plots) {
        this(paraviewEncoding, revolvedSteps, plots, List.of());
    }

    /** The defaults: binary ParaView files, no revolved view, plots. */
    public static OutputSpec defaults() {
        return new OutputSpec(Encoding.BINARY, 0, true);
    }

    /** A copy with another encoding. */
    public OutputSpec withParaviewEncoding(Encoding encoding) {
        return new OutputSpec(encoding, revolvedSteps, plots, fieldMaps);
    }

    /** A copy with another number of revolved-view steps. */
    public OutputSpec withRevolvedSteps(int steps) {
        return new OutputSpec(paraviewEncoding, steps, plots, fieldMaps);
    }

    /** A copy with plots switched on or off. */
    public OutputSpec withPlots(boolean on) {
        return new OutputSpec(paraviewEncoding, revolvedSteps, on, fieldMaps);
    }
}
