package org.cavityfem.tools.output;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.cavityfem.postproc.material.Superconductor;
import org.cavityfem.postproc.superconducting.SkinLayer;
import org.cavityfem.postproc.superconducting.SurfaceSummary;
import org.cavityfem.postproc.superconducting.WallSample;

/**
 * The {@code superconductingSurface} block of a mode in summary.json: the skin-layer electrons at
 * the case's E_acc and as slopes per MV/m, vortex entry at H_c1(T) and where, the vortex heating
 * and how fast it heats (docs/superconducting-surface.md). Values at the peak wall current unless
 * named otherwise.
 */
public final class SurfaceJson {

    private static final double PER_MV_PER_M = 1e6;

    private SurfaceJson() {
    }

    /** Adds the block to a mode's node. */
    public static void addTo(ObjectNode mode, SurfaceSummary s) {
        ObjectNode b = mode.putObject("superconductingSurface");
        Superconductor m = s.profile().material();
        double t = s.operatingTemperature();
        double eacc = s.profile().fields().acceleratingField();
        b.put("material", m.name());
        b.put("temperature_K", t);
        Json.number(b, "Hc1_A_per_m", m.lowerCriticalField(t));
        Json.number(b, "vortexEntryEacc_V_per_m", s.vortexEntryField(t));
        WallSample peak = s.peakCurrentSample();
        b.putArray("vortexEntryLocation_m").add(peak.z()).add(peak.r());
        b.put("vortexEntrySegment", peak.segmentName());

        ObjectNode at = b.putObject("atEacc");
        Json.number(at, "Eacc_V_per_m", eacc);
        Json.number(at, "electronsPerXi0Squared", s.electronsPerCoherenceAreaPerEacc() * eacc);
        Json.number(at, "plateCharge_C", s.largestCharge());
        Json.number(at, "v0_m_per_s", s.velocityPerEacc(SkinLayer.SUPERCONDUCTING) * eacc);
        Json.number(at, "v0NormalConducting_m_per_s", s.velocityPerEacc(SkinLayer.NORMAL_CONDUCTING) * eacc);
        Json.number(at, "a0_m", s.excursionPerEacc() * eacc);
        Json.number(at, "a0OverXi0", s.excursionPerEacc() * eacc / m.coherenceLength());
        Json.number(at, "lorentzField_V_per_m", s.lorentzFieldPerEacc() * eacc);
        Json.number(at, "heatingDensity_W_per_m3", s.heatingPerEaccSquared() * eacc * eacc);
        Json.number(at, "heatingRateRoomTemperature_K_per_s", s.heatingRateRoomTemperature(eacc));
        Json.number(at, "heatingRateOperating_K_per_s", s.heatingRateOperating(eacc));

        ObjectNode per = b.putObject("perMVm");
        Json.number(per, "electronsPerXi0Squared_per_MVm", s.electronsPerCoherenceAreaPerEacc() * PER_MV_PER_M);
        Json.number(per, "plateCharge_C_per_MVm", s.plateChargePerEacc() * PER_MV_PER_M);
        Json.number(per, "v0_m_per_s_per_MVm", s.velocityPerEacc(SkinLayer.SUPERCONDUCTING) * PER_MV_PER_M);
        Json.number(per, "a0_m_per_MVm", s.excursionPerEacc() * PER_MV_PER_M);
        Json.number(per, "lorentzField_V_per_m_per_MVm", s.lorentzFieldPerEacc() * PER_MV_PER_M);
        Json.number(per, "heatingDensity_W_per_m3_per_MVm2", s.heatingPerEaccSquared() * PER_MV_PER_M * PER_MV_PER_M);

        Json.number(b, "heatCapacityRoomTemperature_J_per_m3K", m.roomTemperatureHeatCapacity());
        Json.number(b, "heatCapacityOperating_J_per_m3K", m.debyeHeatCapacity(t));
        Json.number(b, "heatingSpeedup", m.roomTemperatureHeatCapacity() / m.debyeHeatCapacity(t));
        Json.number(b, "normalSkinDepth_m", s.normalSkinDepth());
    }
}
