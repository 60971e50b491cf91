package org.cavityfem.study;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cavityfem.analysis.field.ModeField;
import org.cavityfem.analysis.merit.ModeAnalysis;
import org.cavityfem.analysis.passband.Passband;
import org.cavityfem.casefile.ActiveLength;
import org.cavityfem.casefile.CaseDefinition;
import org.cavityfem.solver.Mode;
import org.cavityfem.solver.ModeSolution;

/** The figures-of-merit step of a run: every mode scaled to the case's E_acc and analysed. */
public final class MeritStage {

    private MeritStage() {
    }

    /**
     * One analysis per mode of the solution, in its order.
     *
     * @param passband the TM010 passband when found: an N-cell cavity's default active length is
     *     N λ/2 of its π-mode for every mode (of each mode's own frequency otherwise)
     */
    public static List<ModeAnalysis> analyse(ModeSolution solution, CaseDefinition c, Optional<Passband> passband) {
        List<ModeAnalysis> out = new ArrayList<>();
        for (Mode mode : solution.modes()) {
            double reference = passband.map(p -> solution.modes().get(p.piMode().modeIndex()).frequency())
                    .orElse(mode.frequency());
            double length = ActiveLength.perMode(c, reference);
            out.add(ModeAnalysis.of(ModeField.of(solution.mesh(), mode), c.rf().settings(length)));
        }
        return List.copyOf(out);
    }
}
