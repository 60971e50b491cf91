package org.cavityfem.output;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.cavityfem.analysis.merit.ModeAnalysis;
import org.cavityfem.analysis.merit.ModeQuantities;
import org.cavityfem.analysis.merit.Normalization;
import org.cavityfem.analysis.merit.SegmentQuantities;
import org.cavityfem.analysis.merit.SegmentSummary;
import org.cavityfem.analysis.resistance.SurfaceResistance;
import org.cavityfem.casefile.CaseDefinition;
import org.cavityfem.casefile.RfSpec;

/**
 * The figures-of-merit part of summary.json: the top-level {@code rf} section (what the figures
 * are computed for, with the surface resistance model and its parameters) and the per-mode keys of
 * docs/design.md §4.2. Quantities that do not apply to a mode are null.
 */
final class MeritJson {

    private MeritJson() {
    }

    /** The {@code rf} section. */
    static ObjectNode rfSection(CaseDefinition c, ObjectNode out) {
        RfSpec rf = c.rf();
        out.put("acceleratingField_V_per_m", rf.acceleratingField());
        rf.activeLength().ifPresent(l -> out.put("activeLength_m", l));
        out.put("beta", rf.beta());
        out.put("voltageOver", rf.span() == RfSpec.Span.RANGE ? "range" : rf.range(c.geometry()).isPresent() ? "cells"
                : "axis");
        rf.range(c.geometry()).ifPresentOrElse(v -> {
            var range = out.putArray("voltageRange_m");
            range.add(v.from());
            range.add(v.to());
        }, () -> out.putNull("voltageRange_m"));
        out.put("normalization", rf.normalization().kind().key());
        out.put("storedEnergy_J", rf.normalization().storedEnergy());
        out.put("peakSurfaceField_V_per_m", rf.normalization().peakSurfaceField());
        out.put("negligibleRoverQ", Normalization.NEGLIGIBLE_R_OVER_Q);
        SurfaceResistance model = rf.surfaceResistance();
        ObjectNode m = out.putObject("surfaceResistance");
        m.put("model", model.model());
        m.put("formula", model.formula());
        for (Map.Entry<String, Double> p : model.parameters().entrySet()) {
            m.put(p.getKey(), p.getValue());
        }
        return out;
    }

    /**
     * Adds the figures of merit of one mode to its summary object: the quantities of
     * {@link ModeQuantities#FIGURES}, the names of its wall files and its segments
     * ({@link SegmentQuantities}).
     */
    static void addTo(ObjectNode m, ModeAnalysis analysis, String wallFile, String segmentFile) {
        Json.quantities(m, ModeQuantities.FIGURES, analysis);
        m.put("wallTable", wallFile);
        m.put("wallSegments", segmentFile);
        ArrayNode segments = m.putArray("segments");
        for (SegmentSummary s : analysis.segments()) {
            Json.quantities(segments.addObject(), SegmentQuantities.TABLE, s);
        }
    }
}
