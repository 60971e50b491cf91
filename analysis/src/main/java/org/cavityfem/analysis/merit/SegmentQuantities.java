package org.cavityfem.analysis.merit;

import static org.cavityfem.analysis.quantity.Output.SEGMENTS_CSV;
import static org.cavityfem.analysis.quantity.Output.SUMMARY;

import org.cavityfem.analysis.quantity.Quantity;
import org.cavityfem.analysis.quantity.QuantityTable;

/**
 * The per-segment quantities of a mode, one value per {@link SegmentSummary}, in the order of a
 * segment's entry in summary.json and of the columns of the segment CSV file.
 */
public final class SegmentQuantities {

    /** The segment summary. */
    public static final QuantityTable<SegmentSummary> TABLE = QuantityTable.of("per-segment quantities",
            Quantity.<SegmentSummary>whole("segment", "segment", "index of the contour segment",
                    SegmentSummary::segment).in(SUMMARY, SEGMENTS_CSV),
            Quantity.<SegmentSummary>text("name", "name", "segment name", SegmentSummary::name)
                    .in(SUMMARY, SEGMENTS_CSV),
            Quantity.<SegmentSummary>text("boundary", "boundary", "metal wall or electric plane",
                    s -> s.kind().key()).in(SUMMARY, SEGMENTS_CSV),
            Quantity.<SegmentSummary>real("length_m", "length (m)", "m", "arc length of the segment",
                    SegmentSummary::length).in(SUMMARY, SEGMENTS_CSV),
            Quantity.<SegmentSummary>real("Epk_V_per_m", "Epk (V/m)", "V/m", "largest E_n magnitude on the segment",
                    SegmentSummary::peakElectricField).in(SUMMARY, SEGMENTS_CSV),
            Quantity.<SegmentSummary>real("Hpk_A_per_m", "Hpk (A/m)", "A/m", "largest H_t magnitude on the segment",
                    SegmentSummary::peakMagneticField).in(SUMMARY, SEGMENTS_CSV),
            Quantity.<SegmentSummary>real("powerLoss_W", "power loss (W)", "W",
                    "wall loss of the segment, 0 on an electric plane", SegmentSummary::powerLoss)
                    .in(SUMMARY, SEGMENTS_CSV),
            Quantity.<SegmentSummary>real("powerShare", "power share", "", "its fraction of the mode's wall loss",
                    SegmentSummary::powerShare).in(SUMMARY, SEGMENTS_CSV));

    private SegmentQuantities() {
    }
}
