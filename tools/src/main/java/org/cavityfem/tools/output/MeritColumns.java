package org.cavityfem.tools.output;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import org.cavityfem.postproc.merit.FiguresOfMerit;
import org.cavityfem.postproc.merit.ModeAnalysis;

/** The main figures of merit as extra modes.csv columns and as a console table. */
final class MeritColumns {

    /** Header of the extra modes.csv columns, each with its unit, starting with a comma. */
    static final String HEADER = ",U (J),P (W),Q0,G (Ohm),R/Q linac (Ohm),R/Q circuit (Ohm),T,Vacc (V),"
            + "Eacc (V/m),Epk (V/m),Hpk (A/m),Bpk (T),Epk/Eacc,Bpk/Eacc (mT/(MV/m)),Eacc/Hpk (Ohm),"
            + "charge-current mismatch";

    private MeritColumns() {
    }

    /** The extra columns of one mode, starting with a comma; empty cells for quantities that do not apply. */
    static String row(ModeAnalysis analysis) {
        FiguresOfMerit f = analysis.figures();
        double[] values = {f.storedEnergy(), f.powerLoss(), f.q0(), f.geometryFactor(), f.rOverQ(), f.rOverQCircuit(),
            f.transitTimeFactor(), f.voltage(), f.acceleratingField(), f.peakElectricField().value(),
            f.peakMagneticField().value(), f.peakFluxDensity(), f.peakElectricOverAccelerating(),
            f.peakFluxOverAccelerating(), f.acceleratingOverPeakMagnetic(), f.chargeCurrentMismatch()};
        StringBuilder b = new StringBuilder();
        for (double v : values) {
            b.append(',');
            if (Double.isFinite(v)) {
                b.append(v);
            }
        }
        return b.toString();
    }

    /** The console table of figures of merit, one line per mode. */
    static void print(List<ModeRow> rows, List<ModeAnalysis> analyses, PrintStream out) {
        out.printf(Locale.ROOT, "%5s  %-8s %11s %9s %11s %9s %9s %11s %11s%n", "mode", "label", "Q0", "G (Ohm)",
                "R/Q (Ohm)", "T", "Epk/Eacc", "Bpk/Eacc", "Eacc/Hpk");
        out.printf(Locale.ROOT, "%5s  %-8s %11s %9s %11s %9s %9s %11s %11s%n", "", "", "", "", "linac", "", "",
                "mT/(MV/m)", "(Ohm)");
        for (int i = 0; i < rows.size(); i++) {
            FiguresOfMerit f = analyses.get(i).figures();
            out.printf(Locale.ROOT, "%5d  %-8s %11.5g %9.5g %11.5g %9.5f %9.5f %11.5f %11.5g%n", rows.get(i).index(),
                    rows.get(i).label(), f.q0(), f.geometryFactor(), f.rOverQ(), f.transitTimeFactor(),
                    f.peakElectricOverAccelerating(), f.peakFluxOverAccelerating(), f.acceleratingOverPeakMagnetic());
        }
    }
}
