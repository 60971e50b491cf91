package org.cavityfem.output;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.cavityfem.analysis.passband.ActiveLength;
import org.cavityfem.analysis.passband.CellCoupling;
import org.cavityfem.analysis.passband.Passband;
import org.cavityfem.analysis.passband.PassbandMode;

/** The {@code passband} section of summary.json. */
public final class PassbandJson {

    /** How the numbers are defined, written beside them. */
    public static final String DEFINITIONS = "cellToCellCoupling = 2(f_pi - f_0)/(f_pi + f_0) with f_pi the computed "
            + "pi-mode and f_0 the phase-0 end of f(phi)^2 = f_0^2 + (f_pi^2 - f_0^2)(1 - cos phi)/2 fitted by least "
            + "squares to the N modes (phi_m = m pi/N); periodicCell: the same from the mid-cell closed by electric "
            + "(0-mode) and magnetic (pi-mode) iris planes; activeLength_m = N c/(2 f_pi); fieldFlatness = min/max over the cells of the peak "
            + "|E_z| on the axis of the pi-mode.";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private PassbandJson() {
    }

    /** The section. */
    public static ObjectNode section(Passband p) {
        ObjectNode out = NODES.objectNode();
        out.put("cells", p.cells());
        ArrayNode indices = out.putArray("modes");
        ArrayNode labels = out.putArray("labels");
        ArrayNode frequencies = out.putArray("frequencies_Hz");
        for (PassbandMode m : p.modes()) {
            indices.add(m.modeIndex());
            labels.add(m.label());
            frequencies.add(m.frequency());
        }
        out.put("cellToCellCoupling", p.coupling());
        out.put("fieldFlatness", p.fieldFlatness());
        out.put("activeLength_m", ActiveLength.ofCells(p.cells(), p.piMode().frequency()));
        ArrayNode peaks = out.putArray("piModeCellPeaks");
        for (double v : p.piModeCellPeaks()) {
            peaks.add(v);
        }
        ObjectNode fit = out.putObject("dispersionFit");
        fit.put("zeroModeFrequency_Hz", p.dispersion().zeroModeFrequency());
        fit.put("piModeFrequency_Hz", p.dispersion().piModeFrequency());
        fit.put("cellToCellCoupling", p.dispersion().coupling());
        fit.put("rmsRelativeResidual", p.dispersion().rmsRelativeResidual());
        if (p.periodicCell().isPresent()) {
            CellCoupling c = p.periodicCell().get();
            ObjectNode cell = out.putObject("periodicCell");
            cell.put("zeroModeFrequency_Hz", c.zeroModeFrequency());
            cell.put("piModeFrequency_Hz", c.piModeFrequency());
            cell.put("cellToCellCoupling", c.coupling());
        }
        out.put("definitions", DEFINITIONS);
        return out;
    }
}
