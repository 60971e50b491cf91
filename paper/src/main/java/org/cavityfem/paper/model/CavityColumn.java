package org.cavityfem.paper.model;

import static org.cavityfem.units.PhysicalConstants.ETA_0;

import java.util.Objects;
import org.cavityfem.analysis.superconducting.SkinLayer;
import org.cavityfem.analysis.superconducting.SurfaceSummary;

/**
 * A column of the comparison: the paper's quantities evaluated from one cavity's wall fields.
 *
 * @param title column heading, e.g. "exact pillbox"
 * @param kind which of the paper's cavity-specific rows apply
 * @param summary the cavity's skin-layer summary
 */
public record CavityColumn(String title, Kind kind, SurfaceSummary summary) {

    /** Whether the cavity is a pillbox (rows of scope PILLBOX apply) or the TESLA cavity (scope TESLA). */
    public enum Kind {
        /** A pillbox. */
        PILLBOX,
        /** The TESLA cavity. */
        TESLA
    }

    public CavityColumn {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(summary, "summary");
    }

    /** The quantity from this cavity's fields, in {@link PaperQuantity#unit()}; NaN where it does not apply. */
    public double value(PaperQuantity q) {
        boolean applies = switch (q.scope()) {
            case PAPER -> false;
            case PILLBOX -> kind == Kind.PILLBOX;
            case TESLA -> kind == Kind.TESLA;
            case EVERY_CAVITY -> true;
        };
        return applies ? evaluate(q) : Double.NaN;
    }

    private double evaluate(PaperQuantity q) {
        SurfaceSummary s = summary;
        double high = PaperModel.HIGH_FIELD;
        double heating = PaperModel.HEATING_FIELD;
        return switch (q) {
            case CENTRE_FIELD_COEFFICIENT -> s.centreFieldCoefficient();
            case MODE_FREQUENCY -> s.angularFrequency() / (2 * Math.PI);
            case PLATE_CHARGE_PER_EACC -> s.plateChargePerEacc();
            case PEAK_FIELD_RADIUS -> s.peakCurrentSample().r() / s.largestRadius();
            case IMPEDANCE_COEFFICIENT -> s.impedanceCoefficient();
            case SPACE_IMPEDANCE_OVER_ETA -> s.spaceImpedance() / ETA_0;
            case SPACE_IMPEDANCE, SPACE_IMPEDANCE_TESLA -> s.spaceImpedance();
            case ELECTRONS_PER_COHERENCE_AREA_PER_EACC -> s.electronsPerCoherenceAreaPerEacc();
            case ELECTRONS_PER_COHERENCE_AREA_AT_50 -> s.electronsPerCoherenceAreaPerEacc() * high;
            case SKIN_DEPTH_VELOCITY_PER_EACC -> s.skinDepthVelocityPerEacc();
            case NORMAL_SKIN_DEPTH -> s.normalSkinDepth();
            case VELOCITY_PER_EACC -> s.velocityPerEacc(SkinLayer.SUPERCONDUCTING);
            case VELOCITY_AT_50 -> s.velocityPerEacc(SkinLayer.SUPERCONDUCTING) * high;
            case EXCURSION_PER_EACC -> s.excursionPerEacc();
            case EXCURSION_AT_50 -> s.excursionPerEacc() * high;
            case EXCURSION_OVER_COHERENCE_AT_10 ->
                    s.excursionPerEacc() * heating / s.profile().material().coherenceLength();
            case VORTEX_ENTRY_PILLBOX, VORTEX_ENTRY_TESLA -> s.vortexEntryField(0);
            case VORTEX_ENTRY_AT_OPERATING_TEMPERATURE -> s.vortexEntryField(s.operatingTemperature());
            case LORENTZ_FIELD_PER_EACC -> s.lorentzFieldPerEacc();
            case HEATING_PER_EACC_SQUARED -> s.heatingPerEaccSquared();
            case HEATING_RATE_ROOM_AT_10 -> s.heatingRateRoomTemperature(heating);
            case HEATING_RATE_DEBYE_AT_10 -> s.heatingRateOperating(heating);
            case CONTINUITY_MISMATCH -> s.continuityMismatch();
            default -> Double.NaN;
        };
    }
}
