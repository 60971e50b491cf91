package org.cavityfem.sweep;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.cavityfem.analysis.merit.ModeAnalysis;
import org.cavityfem.analysis.merit.ModeQuantities;
import org.cavityfem.analysis.passband.CellCoupling;
import org.cavityfem.analysis.passband.Passband;
import org.cavityfem.analysis.quantity.Quantity;
import org.cavityfem.study.StudyResult;

/**
 * The figure columns of a result table, read from one study: the frequency of the design mode
 * (the π-mode of a passband, the lowest mode otherwise), every numeric entry of the figures-of-merit table
 * ({@link ModeQuantities#FIGURES}) of that mode, then G·R/Q and the cell-to-cell coupling. The
 * columns follow the table, so a new figure of merit appears here without a change.
 */
public final class Figures {

    /** The design mode's frequency (Hz). */
    public static final String FREQUENCY = "frequency_Hz";

    /** G·R/Q (Ohm²), the product of the geometry factor and the linac R/Q. */
    public static final String G_R_OVER_Q = "GRoverQ_ohm2";

    /**
     * Cell-to-cell coupling k_cc (fraction): of the periodic mid-cell when the passband has it, of
     * the passband's dispersion fit otherwise; empty without a passband.
     */
    public static final String COUPLING = "kcc";

    /** The numeric entries of the figures table (the places of the peaks are points, not columns). */
    private static final List<Quantity<ModeAnalysis>> NUMBERS = ModeQuantities.FIGURES.entries().stream()
            .filter(q -> q.reading() instanceof Quantity.Reading.Real || q.reading() instanceof Quantity.Reading.Whole)
            .toList();

    private static final List<String> COLUMNS = build();

    private Figures() {
    }

    private static List<String> build() {
        List<String> c = new ArrayList<>();
        c.add(FREQUENCY);
        for (Quantity<ModeAnalysis> q : NUMBERS) {
            c.add(q.key());
        }
        c.add(G_R_OVER_Q);
        c.add(COUPLING);
        return List.copyOf(c);
    }

    /** The figure columns, in table order. */
    public static List<String> columns() {
        return COLUMNS;
    }

    /** The figures of a study, in the order of {@link #columns()}; NaN where one does not apply. */
    public static double[] of(StudyResult result) {
        return of(result, Double.NaN);
    }

    /**
     * The figures of a study, with k_cc computed apart (of the periodic mid-cell) when the study has
     * no passband to give it.
     */
    public static double[] of(StudyResult result, double coupling) {
        double[] v = new double[COLUMNS.size()];
        Arrays.fill(v, Double.NaN);
        int mode = result.passband().map(p -> p.piMode().modeIndex()).orElse(0);
        v[0] = result.solution().modes().get(mode).frequency();
        ModeAnalysis a = result.analyses().get(mode);
        int i = 1;
        for (Quantity<ModeAnalysis> q : NUMBERS) {
            v[i++] = q.value(a);
        }
        v[i++] = a.figures().geometryFactor() * a.figures().rOverQ();
        v[i] = result.passband().map(Figures::coupling).orElse(coupling);
        return v;
    }

    private static double coupling(Passband p) {
        return p.periodicCell().map(CellCoupling::coupling).orElse(p.coupling());
    }

    /** Index of a column in {@link #columns()}, or -1. */
    public static int index(String column) {
        return COLUMNS.indexOf(column);
    }
}
