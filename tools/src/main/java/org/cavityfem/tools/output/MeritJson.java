package org.cavityfem.tools.output;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.cavityfem.postproc.merit.FiguresOfMerit;
import org.cavityfem.postproc.merit.ModeAnalysis;
import org.cavityfem.postproc.merit.SegmentSummary;
import org.cavityfem.postproc.merit.WallLocation;
import org.cavityfem.postproc.resistance.SurfaceResistance;
import org.cavityfem.tools.cases.RfSpec;

/**
 * The figures-of-merit part of summary.json: the top-level {@code rf} section (what the figures
 * are computed for, with the surface resistance model and its parameters) and the per-mode keys of
 * DESIGN §4. Quantities that do not apply to a mode are null.
 */
final class MeritJson {

    private MeritJson() {
    }

    /** The {@code rf} section. */
    static ObjectNode rfSection(RfSpec rf, ObjectNode out) {
        out.put("acceleratingField_V_per_m", rf.acceleratingField());
        rf.activeLength().ifPresent(l -> out.put("activeLength_m", l));
        out.put("beta", rf.beta());
        rf.voltageRange().ifPresentOrElse(v -> {
            var range = out.putArray("voltageRange_m");
            range.add(v.from());
            range.add(v.to());
        }, () -> out.putNull("voltageRange_m"));
        SurfaceResistance model = rf.surfaceResistance();
        ObjectNode m = out.putObject("surfaceResistance");
        m.put("model", model.model());
        m.put("formula", model.formula());
        for (Map.Entry<String, Double> p : model.parameters().entrySet()) {
            m.put(p.getKey(), p.getValue());
        }
        return out;
    }

    /** Adds the figures of merit of one mode to its summary object. */
    static void addTo(ObjectNode m, ModeAnalysis analysis, String wallFile, String segmentFile) {
        FiguresOfMerit f = analysis.figures();
        Json.number(m, "storedEnergy_J", f.storedEnergy());
        Json.number(m, "surfaceResistance_ohm", f.surfaceResistance());
        Json.number(m, "powerLoss_W", f.powerLoss());
        Json.number(m, "Q0", f.q0());
        Json.number(m, "G_ohm", f.geometryFactor());
        Json.number(m, "RoverQ_ohm", f.rOverQ());
        Json.number(m, "RoverQ_circuit_ohm", f.rOverQCircuit());
        Json.number(m, "lossFactor_V_per_C", f.lossFactor());
        Json.number(m, "beta", f.beta());
        Json.number(m, "activeLength_m", f.activeLength());
        Json.number(m, "transitTimeFactor", f.transitTimeFactor());
        Json.number(m, "Vacc_V", f.voltage());
        Json.number(m, "Eacc_V_per_m", f.acceleratingField());
        Json.number(m, "Epk_V_per_m", f.peakElectricField().value());
        Json.number(m, "Hpk_A_per_m", f.peakMagneticField().value());
        Json.number(m, "Bpk_T", f.peakFluxDensity());
        Json.number(m, "EpkOverEacc", f.peakElectricOverAccelerating());
        Json.number(m, "BpkOverEacc_mT_per_MVm", f.peakFluxOverAccelerating());
        Json.number(m, "EaccOverHpk_ohm", f.acceleratingOverPeakMagnetic());
        location(m, "Epk_location_m", f.peakElectricField());
        m.put("Epk_segment", f.peakElectricField().segmentName());
        location(m, "Hpk_location_m", f.peakMagneticField());
        m.put("Hpk_segment", f.peakMagneticField().segmentName());
        Json.number(m, "outerWallAverageH_A_per_m", f.outerWallMagneticField());
        Json.number(m, "kilpatrickRatio", f.kilpatrickRatio());
        Json.number(m, "chargeCurrentMaxRelativeMismatch", f.chargeCurrentMismatch());
        Json.number(m, "fieldScale", f.fieldScale());
        m.put("wallTable", wallFile);
        m.put("wallSegments", segmentFile);
        ArrayNode segments = m.putArray("segments");
        for (SegmentSummary s : analysis.segments()) {
            ObjectNode o = segments.addObject();
            o.put("segment", s.segment());
            o.put("name", s.name());
            o.put("boundary", s.kind().key());
            o.put("length_m", s.length());
            Json.number(o, "Epk_V_per_m", s.peakElectricField());
            Json.number(o, "Hpk_A_per_m", s.peakMagneticField());
            Json.number(o, "powerLoss_W", s.powerLoss());
            Json.number(o, "powerShare", s.powerShare());
        }
    }

    private static void location(ObjectNode m, String key, WallLocation where) {
        ArrayNode a = m.putArray(key);
        a.add(where.z());
        a.add(where.r());
    }
}
