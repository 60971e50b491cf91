package org.cavityfem.output;

import java.util.ArrayList;
import java.util.List;
import org.cavityfem.analysis.field.ModeLabels;
import org.cavityfem.analysis.merit.SolvedMode;
import org.cavityfem.solver.Mode;
import org.cavityfem.solver.ModeSolution;

/**
 * The per-mode numbers every output (summary, CSV, console table) shows.
 *
 * @param index position in the solution, 0-based, ascending frequency
 * @param label mode name: {@code TM0np}, a passband label, or {@code TM0#n} for the n-th monopole TM mode
 *     from the lowest
 * @param frequency f (Hz)
 * @param waveNumber k = 2πf/c (1/m)
 * @param relativeResidual ||K x − k² M x|| / (k² ||M x||)
 */
public record ModeRow(int index, String label, double frequency, double waveNumber, double relativeResidual)
        implements SolvedMode {

    /**
     * The rows of a solution labelled by ordinal; the mode number n in the label {@code TM0#n} is the mode's position in
     * the monopole spectrum ({@link Mode#number()}), also for a search near a target frequency.
     */
    public static List<ModeRow> of(ModeSolution solution) {
        List<ModeRow> rows = new ArrayList<>();
        for (Mode m : solution.modes()) {
            rows.add(new ModeRow(m.index(), ModeLabels.ordinal("TM", m.number()), m.frequency(), m.waveNumber(),
                    m.relativeResidual()));
        }
        return List.copyOf(rows);
    }
}
